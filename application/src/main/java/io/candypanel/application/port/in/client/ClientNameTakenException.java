package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.shared.RuleViolationException;

/** Client names are unique; this one is taken. */
public final class ClientNameTakenException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public ClientNameTakenException(ClientName name) {
        super("CLIENT_NAME_TAKEN", "Client with this name already exists: '" + name + "'.");
    }
}
