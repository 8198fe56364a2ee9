package io.candypanel.domain.auth;

import java.util.Objects;

/** An encoded password hash (algorithm, parameters, salt and digest in one string). */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isBlank()) {
            throw new IllegalArgumentException("empty password hash");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
