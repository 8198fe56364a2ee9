package io.candypanel.application.port.in.backup;

import io.candypanel.domain.shared.RuleViolationException;

/** A file that cannot be restored: not a panel database, damaged, or from a newer schema. */
public final class InvalidBackupException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public InvalidBackupException(String message) {
        super("INVALID_BACKUP", message);
    }
}
