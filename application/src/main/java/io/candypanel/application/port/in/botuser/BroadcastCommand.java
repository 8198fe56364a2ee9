package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.ChatText;
import java.util.Objects;

public record BroadcastCommand(ChatText message) {
    public BroadcastCommand {
        Objects.requireNonNull(message, "message");
    }
}
