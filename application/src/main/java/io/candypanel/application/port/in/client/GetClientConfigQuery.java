package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.ClientName;
import java.util.Objects;

/** Which client's wg-quick config to render. */
public record GetClientConfigQuery(ClientName name) {
    public GetClientConfigQuery {
        Objects.requireNonNull(name, "name");
    }
}
