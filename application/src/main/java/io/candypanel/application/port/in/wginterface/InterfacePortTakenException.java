package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.shared.RuleViolationException;

/** Another interface already listens on this port. */
public final class InterfacePortTakenException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public InterfacePortTakenException(String message) {
        super("INTERFACE_PORT_TAKEN", message);
    }
}
