package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.ChatText;
import java.util.Objects;

/** The admin's message to every bot user who is not banned. */
public record BroadcastCommand(ChatText message) {
    public BroadcastCommand {
        Objects.requireNonNull(message, "message");
    }
}
