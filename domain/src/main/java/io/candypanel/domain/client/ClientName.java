package io.candypanel.domain.client;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A client's unique name: 1-64 of letters, digits, '_', '-' and '.'. The name ends up in config
 * comments, file names and URLs, so anything else (a newline above all) is refused.
 */
public record ClientName(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public ClientName {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("INVALID_CLIENT_NAME", "The client name is required.");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException("INVALID_CLIENT_NAME",
                    "The client name must be 1-64 characters of letters, digits, '_', '-' and '.'.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
