package io.candypanel.domain.client;

import io.candypanel.domain.shared.InvalidValueException;

/**
 * A client's unique name: 1-64 of letters, digits, '_', '-' and '.'. The name ends up in config
 * comments, file names and URLs, so anything else (a newline above all) is refused, and so is a
 * leading '.' or '-' ({@code ..} as a path segment, {@code -rf} as a command option).
 */
public record ClientName(String value) {
    static final int MAX_LENGTH = 64;

    public ClientName {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("INVALID_CLIENT_NAME", "The client name is required.");
        }
        if (!isAllowed(value)) {
            throw new InvalidValueException("INVALID_CLIENT_NAME",
                    "The client name must be 1-64 characters of letters, digits, '_', '-' and '.', "
                            + "starting with a letter, a digit or '_'.");
        }
    }

    /** [A-Za-z0-9_][A-Za-z0-9_.-]{0,63}, without a regex: names are rebuilt for every client read. */
    private static boolean isAllowed(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            if (!alphanumeric && (i == 0 || (c != '.' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
