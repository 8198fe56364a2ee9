package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.client.Client;
import java.util.Objects;

/** The user's client and its rendered wg-quick config (it holds the client's private key). */
public record License(Client client, String config) {
    public License {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(config, "config");
    }

    @Override
    public String toString() {
        return "License[" + client.name() + "]";
    }
}
