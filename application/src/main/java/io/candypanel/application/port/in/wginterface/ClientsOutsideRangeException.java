package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.shared.RuleViolationException;

public final class ClientsOutsideRangeException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public ClientsOutsideRangeException(String message) {
        super("CLIENTS_OUTSIDE_RANGE", message);
    }
}
