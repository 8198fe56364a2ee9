package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * What a bot user buys: a kind and whole quantities.
 *
 * <ul>
 *   <li>{@code GB}: 1-{@value #MAX_GB} GB, months 0. Whole GB only: prices are per GB and the quota is
 *       a whole number of GiB; the upper bound (10 TB) is far above any real order and keeps every
 *       product (bytes, MiB, price) far from overflow.</li>
 *   <li>{@code MONTH}: 1-{@value #MAX_MONTHS} months (10 years), GB 0. Whole months: a month is 30 days.</li>
 *   <li>{@code CUSTOM}: 0-{@value #MAX_MONTHS} months and 0-{@value #MAX_GB} GB, not both 0 (an empty
 *       order has nothing to pay for). Either part may be 0; see {@code PlanArithmetic} for how such a
 *       plan is completed so the client is never instantly expired or unlimited.</li>
 * </ul>
 * Every refusal is an {@link InvalidValueException} with code {@code INVALID_PURCHASE}.
 */
public record Purchase(PurchaseKind kind, int months, long gigabytes) {
    public static final int MAX_MONTHS = 120;
    public static final long MAX_GB = 10_000;
    public static final long BYTES_PER_GIB = 1L << 30;

    public Purchase {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case GB -> {
                requireRange("GB", gigabytes, 1, MAX_GB);
                requireRange("months of a GB plan", months, 0, 0);
            }
            case MONTH -> {
                requireRange("months", months, 1, MAX_MONTHS);
                requireRange("GB of a month plan", gigabytes, 0, 0);
            }
            case CUSTOM -> {
                requireRange("months", months, 0, MAX_MONTHS);
                requireRange("GB", gigabytes, 0, MAX_GB);
                if (months == 0 && gigabytes == 0) {
                    throw new InvalidValueException("INVALID_PURCHASE", "A custom plan needs at least one month or one GB.");
                }
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    public static Purchase gb(long gigabytes) {
        return new Purchase(PurchaseKind.GB, 0, gigabytes);
    }

    public static Purchase months(int months) {
        return new Purchase(PurchaseKind.MONTH, months, 0);
    }

    public static Purchase custom(int months, long gigabytes) {
        return new Purchase(PurchaseKind.CUSTOM, months, gigabytes);
    }

    private static void requireRange(String what, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidValueException("INVALID_PURCHASE",
                    min == max ? "The " + what + " must be " + min + "."
                            : "The " + what + " must be a whole number from " + min + " to " + max + ".");
        }
    }

    /** The traffic this purchase pays for, in bytes (GB x 2^30). */
    public long purchasedBytes() {
        return gigabytes * BYTES_PER_GIB;
    }

    /** The time this purchase pays for, in days (30 per month). */
    public long purchasedDays() {
        return (long) months * BotUser.DAYS_PER_MONTH;
    }
}
