package io.candypanel.domain.auth;

import java.time.Instant;
import java.util.Objects;

/** An admin login session, known only by the hash of its token, valid until it expires. */
public record Session(TokenHash tokenHash, String username, Instant createdAt, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
