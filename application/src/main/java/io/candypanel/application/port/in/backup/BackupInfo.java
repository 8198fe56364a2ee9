package io.candypanel.application.port.in.backup;

import java.time.Instant;
import java.util.Objects;

/** One snapshot in the backups directory. */
public record BackupInfo(String name, long sizeBytes, Instant createdAt) {
    public BackupInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
