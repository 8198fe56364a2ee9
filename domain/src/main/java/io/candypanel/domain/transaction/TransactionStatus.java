package io.candypanel.domain.transaction;

import io.candypanel.domain.shared.InvalidValueException;

/** pending → approved | rejected; wire names are the original's. */
public enum TransactionStatus {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected");

    private final String wireName;

    TransactionStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static TransactionStatus fromWireName(String name) {
        for (TransactionStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new InvalidValueException("INVALID_TRANSACTION_STATUS", "A transaction status is 'pending', 'approved' or 'rejected'.");
    }
}
