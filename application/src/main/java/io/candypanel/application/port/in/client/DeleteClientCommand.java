package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.ClientName;
import java.util.Objects;

public record DeleteClientCommand(ClientName name) {
    public DeleteClientCommand {
        Objects.requireNonNull(name, "name");
    }
}
