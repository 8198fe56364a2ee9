package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.TelegramId;
import java.util.List;
import java.util.Objects;

/** @param queued whether a chat channel took the broadcast ({@code false}: no bot is connected) */
public record Broadcast(List<TelegramId> recipients, ChatText message, boolean queued) {
    public Broadcast {
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(message, "message");
    }
}
