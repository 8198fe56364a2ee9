package io.candypanel.application.port.in.backup;

import io.candypanel.application.port.in.NotFoundException;

/** No backup has this name. */
public final class BackupNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public BackupNotFoundException(String name) {
        super("BACKUP_NOT_FOUND", "Backup '" + name + "' not found.");
    }
}
