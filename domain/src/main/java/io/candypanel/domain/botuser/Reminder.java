package io.candypanel.domain.botuser;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a bot user should hear about their client without asking: most of the quota is used, the
 * expiry is near, or the client was disabled ({@code reason} says why). {@code client} is the client as
 * it was when the reminder fell due.
 */
public record Reminder(Kind kind, Client client, Optional<DisabledReason> reason) {
    public enum Kind { QUOTA_ALMOST_USED, EXPIRES_SOON, CLIENT_DISABLED }

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(reason, "reason");
        if ((kind == Kind.CLIENT_DISABLED) != reason.isPresent()) {
            throw new IllegalArgumentException("a reason goes with CLIENT_DISABLED, and only with it");
        }
    }
}
