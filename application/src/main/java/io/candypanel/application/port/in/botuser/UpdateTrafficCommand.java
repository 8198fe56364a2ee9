package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Sets a user's traffic to {@code gigabytes} GB (fractional allowed, whole MiB): both the GB bought and
 * the linked client's quota. Greater than 0 (a quota of 0 would mean unlimited) and at most
 * {@link Purchase#MAX_GB}.
 */
public record UpdateTrafficCommand(TelegramId telegramId, BigDecimal gigabytes) implements ManageBotUserCommand {
    public UpdateTrafficCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(gigabytes, "gigabytes");
        if (gigabytes.signum() <= 0 || gigabytes.compareTo(BigDecimal.valueOf(Purchase.MAX_GB)) > 0) {
            throw new IllegalArgumentException("The traffic must be more than 0 and at most " + Purchase.MAX_GB + " GB.");
        }
        if (mebibytesOf(gigabytes) == 0) {
            throw new IllegalArgumentException("The traffic must be at least 1 MiB.");
        }
    }

    /** The traffic in whole MiB (rounded down). */
    public long mebibytes() {
        return mebibytesOf(gigabytes);
    }

    private static long mebibytesOf(BigDecimal gigabytes) {
        return gigabytes.multiply(BigDecimal.valueOf(1024)).longValue();
    }
}
