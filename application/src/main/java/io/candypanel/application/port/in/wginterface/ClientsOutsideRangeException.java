package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.shared.RuleViolationException;

/** A range change would leave clients outside the new range; they must move or go first. */
public final class ClientsOutsideRangeException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public ClientsOutsideRangeException(String message) {
        super("CLIENTS_OUTSIDE_RANGE", message);
    }
}
