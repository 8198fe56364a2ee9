package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** The Telegram user who talks to the bot (registered on first contact). */
public record RegisterBotUserCommand(TelegramId telegramId) {
    public RegisterBotUserCommand {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
