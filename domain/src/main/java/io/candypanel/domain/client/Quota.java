package io.candypanel.domain.client;

import io.candypanel.domain.shared.InvalidValueException;

/** A traffic allowance in bytes; zero means unlimited. */
public record Quota(long bytes) {
    public static final Quota UNLIMITED = new Quota(0);

    public Quota {
        if (bytes < 0) {
            throw new InvalidValueException("The traffic quota must be zero (unlimited) or a positive number of bytes.");
        }
    }

    public boolean isUnlimited() {
        return bytes == 0;
    }

    public boolean exceededBy(Usage usage) {
        return !isUnlimited() && usage.total() >= bytes;
    }
}
