package io.candypanel.application.port.in.wginterface;

import io.candypanel.application.port.in.NotFoundException;
import io.candypanel.domain.wginterface.InterfaceId;

/** No interface has this id. */
public final class InterfaceNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public InterfaceNotFoundException(InterfaceId id) {
        super("INTERFACE_NOT_FOUND", "WireGuard interface " + id + " not found.");
    }
}
