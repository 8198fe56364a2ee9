package io.candypanel.domain.client;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A client's unique name: 1-64 of letters, digits, '_', '-' and '.'. The name ends up in config
 * comments, file names and URLs, so anything else (a newline above all) is refused, and so is a
 * leading '.' or '-' ({@code ..} as a path segment, {@code -rf} as a command option).
 */
public record ClientName(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    public ClientName {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("INVALID_CLIENT_NAME", "The client name is required.");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException("INVALID_CLIENT_NAME",
                    "The client name must be 1-64 characters of letters, digits, '_', '-' and '.', "
                            + "starting with a letter, a digit or '_'.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
