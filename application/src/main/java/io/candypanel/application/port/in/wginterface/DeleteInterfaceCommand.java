package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.wginterface.InterfaceId;
import java.util.Objects;

public record DeleteInterfaceCommand(InterfaceId id) {
    public DeleteInterfaceCommand {
        Objects.requireNonNull(id, "id");
    }
}
