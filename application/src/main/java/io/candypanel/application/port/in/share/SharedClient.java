package io.candypanel.application.port.in.share;

import io.candypanel.domain.client.Client;
import java.util.Objects;

/** A client as its share page shows it, with its rendered config. */
public record SharedClient(Client client, String config) {
    public SharedClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(config, "config");
    }
}
