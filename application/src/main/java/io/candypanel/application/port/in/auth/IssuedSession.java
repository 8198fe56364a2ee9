package io.candypanel.application.port.in.auth;

import java.time.Instant;
import java.util.Objects;

/** A freshly issued session: the only moment the plain token exists outside the caller. */
public record IssuedSession(String token, Instant expiresAt) {
    public IssuedSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedSession[expires " + expiresAt + "]";
    }
}
