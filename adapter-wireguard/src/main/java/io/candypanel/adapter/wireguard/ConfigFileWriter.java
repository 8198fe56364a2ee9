package io.candypanel.adapter.wireguard;

import java.io.IOException;
import java.nio.file.Path;

/** Puts a rendered config on disk; a seam so tests can watch how writes are ordered. */
@FunctionalInterface
interface ConfigFileWriter {
    void write(Path target, String content) throws IOException;
}
