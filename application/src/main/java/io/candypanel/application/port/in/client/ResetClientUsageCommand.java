package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.ClientName;
import java.util.Objects;

public record ResetClientUsageCommand(ClientName name) {
    public ResetClientUsageCommand {
        Objects.requireNonNull(name, "name");
    }
}
