package io.candypanel.application.port.in.botuser;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.Client;
import java.util.Objects;
import java.util.Optional;

/** The user after an admin action, its linked client (if it exists) and whether WireGuard took the change. */
public record ManagedBotUser(BotUser user, Optional<Client> client, KernelOutcome kernel) {
    public ManagedBotUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(kernel, "kernel");
    }
}
