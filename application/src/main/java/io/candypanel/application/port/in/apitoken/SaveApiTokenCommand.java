package io.candypanel.application.port.in.apitoken;

import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.shared.InvalidValueException;

/** An API token to create or replace under a name; only its hash is stored. */
public record SaveApiTokenCommand(String name, String token) {
    public static final int MIN_TOKEN_LENGTH = 32;

    public SaveApiTokenCommand {
        ApiToken.validName(name);
        if (token == null || token.length() < MIN_TOKEN_LENGTH || token.length() > 512
                || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new InvalidValueException("WEAK_API_TOKEN", "An API token must be " + MIN_TOKEN_LENGTH
                    + "-512 printable ASCII characters without spaces.");
        }
    }

    @Override
    public String toString() {
        return "SaveApiTokenCommand[" + name + "]";
    }
}
