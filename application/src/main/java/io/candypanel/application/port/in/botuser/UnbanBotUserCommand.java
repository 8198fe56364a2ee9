package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

public record UnbanBotUserCommand(TelegramId telegramId) implements ManageBotUserCommand {
    public UnbanBotUserCommand {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
