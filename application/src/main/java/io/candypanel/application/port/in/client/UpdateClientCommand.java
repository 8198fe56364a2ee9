package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Only the present fields change; at least one must be present. */
public record UpdateClientCommand(ClientName name, Optional<Instant> expiresAt, Optional<Quota> quota,
                                  Optional<Boolean> enabled, Optional<String> note) {
    public UpdateClientCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(note, "note");
        note = note.map(Client::validNote);
        expiresAt.ifPresent(Client::validExpiry);
        if (expiresAt.isEmpty() && quota.isEmpty() && enabled.isEmpty() && note.isEmpty()) {
            throw new InvalidValueException("No valid update data provided: give any of expires, traffic, status or note.");
        }
    }
}
