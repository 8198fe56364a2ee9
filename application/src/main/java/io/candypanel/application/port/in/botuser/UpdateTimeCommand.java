package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** Sets a user's time to {@code days} days: days bought := days, linked client's expiry := now + days. 1-36500. */
public record UpdateTimeCommand(TelegramId telegramId, long days) implements ManageBotUserCommand {
    public static final long MAX_DAYS = 36_500;

    public UpdateTimeCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("The time must be from 1 to " + MAX_DAYS + " days.");
        }
    }
}
