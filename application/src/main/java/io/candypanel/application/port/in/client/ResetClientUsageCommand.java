package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.ClientName;
import java.util.Objects;

/** Which client's counted usage to set back to zero. */
public record ResetClientUsageCommand(ClientName name) {
    public ResetClientUsageCommand {
        Objects.requireNonNull(name, "name");
    }
}
