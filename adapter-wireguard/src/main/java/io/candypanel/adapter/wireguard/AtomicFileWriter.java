package io.candypanel.adapter.wireguard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a secret file so that a reader (wg-quick, a crash, a concurrent writer) only ever sees
 * the old or the new content, and nobody but the owner can read it at any moment: the temp file is
 * created 0600 (not chmod-ed afterwards, which would leave a window), written, fsync-ed and renamed
 * over the target in the same directory. Not thread-safe per target: callers serialise writes to
 * one file.
 */
final class AtomicFileWriter implements ConfigFileWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileWriter.class);
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** Temp names do not end in ".conf", so nothing that globs wgN.conf files can pick one up. */
    static final String TEMP_SUFFIX = ".tmp";

    @Override
    public void write(Path target, String content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path directory = Objects.requireNonNull(target.getParent(), "target must have a parent directory");
        FileAttribute<Set<PosixFilePermission>> directoryMode = PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY);
        Files.createDirectories(directory, directoryMode);

        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMP_SUFFIX,
                PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            // On Linux ATOMIC_MOVE is rename(2), which replaces an existing target atomically.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
        syncDirectory(directory);
    }

    /** Makes the rename itself survive a power cut. Some file systems refuse to fsync a directory; the file is written either way. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Could not fsync directory {} ({})", directory, e.getClass().getSimpleName());
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Could not delete temporary file {} ({})", temp, e.getClass().getSimpleName());
        }
    }
}
