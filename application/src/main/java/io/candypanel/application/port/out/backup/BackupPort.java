package io.candypanel.application.port.out.backup;

import io.candypanel.application.port.in.backup.BackupInfo;
import java.util.List;
import java.util.Optional;

/** Database snapshots in the backups directory. */
public interface BackupPort {
    /** A consistent snapshot of the live database (taken without stopping writers). */
    BackupInfo snapshot();

    /** Newest first. */
    List<BackupInfo> list();

    Optional<BackupInfo> find(String name);

    /**
     * Validates the snapshot and swaps it in for the live database (writers wait meanwhile). Throws
     * {@code InvalidBackupException} and leaves the live database untouched when the file is not a
     * panel database or comes from a newer schema.
     */
    void restore(String name);

    /** Deletes all but the newest {@code keep} snapshots; returns how many were deleted. */
    int prune(int keep);
}
