package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.RuleViolationException;

/** The panel is not installed yet: install it before logging in or changing anything. */
public final class NotInstalledException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public NotInstalledException() {
        super("NOT_INSTALLED", "CandyPanel is not installed. Please use the 'install' action.");
    }
}
