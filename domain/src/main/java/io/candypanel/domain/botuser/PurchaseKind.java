package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;

/** The three plans the bot sells, with the original's wire names. */
public enum PurchaseKind {
    /** A number of GB. */
    GB("gb"),
    /** A number of 30-day months. */
    MONTH("month"),
    /** Months and GB together. */
    CUSTOM("custom");

    private final String wireName;

    PurchaseKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static PurchaseKind fromWireName(String name) {
        for (PurchaseKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new InvalidValueException("INVALID_PURCHASE_TYPE", "Invalid purchase type. Must be 'gb', 'month', or 'custom'.");
    }
}
