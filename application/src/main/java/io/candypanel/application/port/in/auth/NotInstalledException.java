package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.RuleViolationException;

public final class NotInstalledException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public NotInstalledException() {
        super("NOT_INSTALLED", "CandyPanel is not installed. Please use the 'install' action.");
    }
}
