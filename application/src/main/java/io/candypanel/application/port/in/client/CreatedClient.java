package io.candypanel.application.port.in.client;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.client.Client;
import java.util.Objects;

/** The new client, its rendered wg-quick config, and whether WireGuard took the change. */
public record CreatedClient(Client client, String config, KernelOutcome kernel) {
    public CreatedClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(kernel, "kernel");
    }
}
