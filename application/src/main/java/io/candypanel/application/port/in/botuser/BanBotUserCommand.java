package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

public record BanBotUserCommand(TelegramId telegramId) implements ManageBotUserCommand {
    public BanBotUserCommand {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
