package io.candypanel.domain.auth;

import java.time.Instant;
import java.util.Objects;

/** A named, long-lived bearer token for scripts and the bot, stored only as a hash. */
public record ApiToken(String name, TokenHash tokenHash, Instant createdAt) {
    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
