package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.shared.RuleViolationException;

public final class InterfaceRangeOverlapsException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public InterfaceRangeOverlapsException(String message) {
        super("INTERFACE_RANGE_OVERLAPS", message);
    }
}
