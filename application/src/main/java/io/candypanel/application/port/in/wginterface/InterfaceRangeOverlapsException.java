package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.shared.RuleViolationException;

/** Interface ranges may not overlap; this one overlaps another interface's. */
public final class InterfaceRangeOverlapsException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public InterfaceRangeOverlapsException(String message) {
        super("INTERFACE_RANGE_OVERLAPS", message);
    }
}
