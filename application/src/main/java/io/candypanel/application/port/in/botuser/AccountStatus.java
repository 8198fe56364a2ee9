package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.Client;
import java.util.Objects;
import java.util.Optional;

/**
 * The user and its linked client. {@code client} is empty when nothing was bought yet, or when the linked
 * client was deleted ({@link #clientMissing()}: the user should contact support).
 */
public record AccountStatus(BotUser user, Optional<Client> client) {
    public AccountStatus {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
    }

    public boolean clientMissing() {
        return user.clientName().isPresent() && client.isEmpty();
    }
}
