package io.candypanel.domain.transaction;

import io.candypanel.domain.shared.InvalidValueException;

/**
 * The bank reference a buyer sends as proof of payment; unique across transactions. Surrounding
 * whitespace is trimmed; what remains must be 1-64 of {@code [A-Za-z0-9_-]} (no inner space, no
 * newline: the id is shown in admin messages and used as a lookup key).
 */
public record OrderId(String value) {
    public static final int MAX_LENGTH = 64;

    public OrderId {
        if (value == null) {
            throw new InvalidValueException("INVALID_ORDER_ID", "The order id is required.");
        }
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(OrderId::allowed)) {
            throw new InvalidValueException("INVALID_ORDER_ID",
                    "The order id must be 1-" + MAX_LENGTH + " letters, digits, '_' or '-'.");
        }
    }

    private static boolean allowed(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    @Override
    public String toString() {
        return value;
    }
}
