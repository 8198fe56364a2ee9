package io.candypanel.application.port.in.client;

import io.candypanel.application.port.in.NotFoundException;
import io.candypanel.domain.client.ClientName;

/** No client has this name. */
public final class ClientNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public ClientNotFoundException(ClientName name) {
        super("CLIENT_NOT_FOUND", "Client '" + name + "' not found.");
    }
}
