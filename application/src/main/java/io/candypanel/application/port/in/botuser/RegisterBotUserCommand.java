package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

public record RegisterBotUserCommand(TelegramId telegramId) {
    public RegisterBotUserCommand {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
