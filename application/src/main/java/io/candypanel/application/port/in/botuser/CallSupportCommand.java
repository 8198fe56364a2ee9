package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

public record CallSupportCommand(TelegramId telegramId, ChatText message) {
    public CallSupportCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(message, "message");
    }
}
