package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.ClientName;
import java.util.Objects;

/** Which client to delete; its traffic is booked before its peer is removed. */
public record DeleteClientCommand(ClientName name) {
    public DeleteClientCommand {
        Objects.requireNonNull(name, "name");
    }
}
