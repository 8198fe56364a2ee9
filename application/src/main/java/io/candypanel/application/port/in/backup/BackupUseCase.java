package io.candypanel.application.port.in.backup;

import java.util.List;

/** Consistent snapshots of the database: make one, list them, restore one. */
public interface BackupUseCase {
    BackupInfo create();

    /** Newest first. */
    List<BackupInfo> list();

    /**
     * Replaces the database with the named snapshot after validating it (a file that is not a panel
     * database, or one from a newer schema, is refused and nothing is touched), then reconciles the kernel.
     */
    BackupInfo restore(String name);
}
