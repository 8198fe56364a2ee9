package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Instant;
import java.util.Objects;

/** A new client: its name, expiry, quota, interface and note; keys and address are the panel's. */
public record CreateClientCommand(ClientName name, Instant expiresAt, Quota quota, InterfaceId interfaceId, String note) {
    public CreateClientCommand {
        Objects.requireNonNull(name, "name");
        Client.validExpiry(expiresAt);
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(interfaceId, "interfaceId");
        note = Client.validNote(note);
    }
}
