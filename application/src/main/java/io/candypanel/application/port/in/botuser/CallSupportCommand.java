package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** A bot user's message to the admin. */
public record CallSupportCommand(TelegramId telegramId, ChatText message) {
    public CallSupportCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(message, "message");
    }
}
