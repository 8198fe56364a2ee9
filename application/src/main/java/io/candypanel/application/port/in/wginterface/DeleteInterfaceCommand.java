package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.wginterface.InterfaceId;
import java.util.Objects;

/** Which interface to delete, with all of its clients. */
public record DeleteInterfaceCommand(InterfaceId id) {
    public DeleteInterfaceCommand {
        Objects.requireNonNull(id, "id");
    }
}
