package io.candypanel.application.port.in.client;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.client.Client;
import java.util.Objects;

public record UpdatedClient(Client client, KernelOutcome kernel) {
    public UpdatedClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(kernel, "kernel");
    }
}
