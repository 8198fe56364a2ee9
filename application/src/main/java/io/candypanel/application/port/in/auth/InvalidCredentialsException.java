package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.DomainException;

/** Wrong user name or password; deliberately does not say which. */
public final class InvalidCredentialsException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException() {
        super("INVALID_CREDENTIALS", "Wrong username or password!");
    }
}
