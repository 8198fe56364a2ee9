package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.ClientName;
import java.util.Objects;
import java.util.Optional;

/**
 * A support request: who wrote, their linked client, the message, the admin it is for, and whether a chat
 * channel took it ({@code false}: no bot is connected; a caller that runs its own bot delivers it).
 */
public record SupportCall(TelegramId from, Optional<ClientName> client, ChatText message, TelegramId admin,
                          boolean delivered) {
    public SupportCall {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(admin, "admin");
    }

    /** The original's text: {@code Support request from <client or "User <id>"> (ID: <id>):\n\n<message>}. */
    public String text() {
        return "Support request from " + client.map(ClientName::value).orElse("User " + from) + " (ID: " + from + "):\n\n"
                + message;
    }
}
