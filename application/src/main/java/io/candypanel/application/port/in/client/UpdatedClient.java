package io.candypanel.application.port.in.client;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.client.Client;
import java.util.Objects;

/** A client after an update, and whether WireGuard took the change. */
public record UpdatedClient(Client client, KernelOutcome kernel) {
    public UpdatedClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(kernel, "kernel");
    }
}
