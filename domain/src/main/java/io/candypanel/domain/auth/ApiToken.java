package io.candypanel.domain.auth;

import io.candypanel.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/** A named, long-lived bearer token for scripts and the bot, stored only as a hash. */
public record ApiToken(String name, TokenHash tokenHash, Instant createdAt) {
    public ApiToken {
        validName(name);
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Names are shown in lists and logs: 1-64 of letters, digits, '_', '.', '-'. */
    public static String validName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new InvalidValueException("INVALID_TOKEN_NAME", "An API token name must be 1-64 characters of letters, digits, '_', '.' and '-'.");
        }
        return name;
    }
}
