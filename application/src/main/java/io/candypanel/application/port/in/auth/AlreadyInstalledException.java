package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.RuleViolationException;

/** Install runs once; the panel is already installed. */
public final class AlreadyInstalledException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public AlreadyInstalledException() {
        super("ALREADY_INSTALLED", "The panel is already installed.");
    }
}
