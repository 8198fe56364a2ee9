package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.DomainException;

/** Too many failed logins from one address; the caller may try again after {@link #retryAfterSeconds()}. */
public final class TooManyLoginAttemptsException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyLoginAttemptsException(long retryAfterSeconds) {
        super("TOO_MANY_LOGIN_ATTEMPTS", "Too many failed logins from this address; try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
