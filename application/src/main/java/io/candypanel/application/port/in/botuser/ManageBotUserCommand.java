package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One admin action on one bot user (the original's {@code manage_user} {@code action}), built with
 * {@link #ban}, {@link #unban}, {@link #updateTraffic} or {@link #updateTime}.
 *
 * @param gigabytes for {@code UPDATE_TRAFFIC} only: more than 0, at most {@link Purchase#MAX_GB}, whole MiB
 *                  (fractions allowed, e.g. 2.5)
 * @param days      for {@code UPDATE_TIME} only: 1-{@value #MAX_DAYS}
 */
public record ManageBotUserCommand(TelegramId telegramId, Action action, Optional<BigDecimal> gigabytes, OptionalLong days) {
    public static final long MAX_DAYS = 36_500;

    public enum Action { BAN, UNBAN, UPDATE_TRAFFIC, UPDATE_TIME }

    public ManageBotUserCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(gigabytes, "gigabytes");
        Objects.requireNonNull(days, "days");
        if (gigabytes.isPresent() != (action == Action.UPDATE_TRAFFIC)) {
            throw new IllegalArgumentException("A traffic in GB goes with update_traffic, and only with it.");
        }
        if (days.isPresent() != (action == Action.UPDATE_TIME)) {
            throw new IllegalArgumentException("A number of days goes with update_time, and only with it.");
        }
        gigabytes.ifPresent(ManageBotUserCommand::checkGigabytes);
        days.ifPresent(ManageBotUserCommand::checkDays);
    }

    public static ManageBotUserCommand ban(TelegramId telegramId) {
        return new ManageBotUserCommand(telegramId, Action.BAN, Optional.empty(), OptionalLong.empty());
    }

    public static ManageBotUserCommand unban(TelegramId telegramId) {
        return new ManageBotUserCommand(telegramId, Action.UNBAN, Optional.empty(), OptionalLong.empty());
    }

    /** GB bought and the linked client's quota := {@code gigabytes} GB. */
    public static ManageBotUserCommand updateTraffic(TelegramId telegramId, BigDecimal gigabytes) {
        return new ManageBotUserCommand(telegramId, Action.UPDATE_TRAFFIC, Optional.of(gigabytes), OptionalLong.empty());
    }

    /** Days bought := {@code days}, the linked client's expiry := now + {@code days}. */
    public static ManageBotUserCommand updateTime(TelegramId telegramId, long days) {
        return new ManageBotUserCommand(telegramId, Action.UPDATE_TIME, Optional.empty(), OptionalLong.of(days));
    }

    /** The traffic of an {@code UPDATE_TRAFFIC} in whole MiB (rounded down). */
    public long mebibytes() {
        return mebibytesOf(gigabytes.orElseThrow(() -> new IllegalStateException(action + " carries no traffic")));
    }

    private static void checkGigabytes(BigDecimal gigabytes) {
        Objects.requireNonNull(gigabytes, "gigabytes");
        if (gigabytes.signum() <= 0 || gigabytes.compareTo(BigDecimal.valueOf(Purchase.MAX_GB)) > 0) {
            throw new IllegalArgumentException("The traffic must be more than 0 and at most " + Purchase.MAX_GB + " GB.");
        }
        if (mebibytesOf(gigabytes) == 0) {
            throw new IllegalArgumentException("The traffic must be at least 1 MiB.");
        }
    }

    private static void checkDays(long days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("The time must be from 1 to " + MAX_DAYS + " days.");
        }
    }

    private static long mebibytesOf(BigDecimal gigabytes) {
        return gigabytes.multiply(BigDecimal.valueOf(1024)).longValue();
    }
}
