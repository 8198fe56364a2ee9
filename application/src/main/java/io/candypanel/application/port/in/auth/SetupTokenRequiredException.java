package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.DomainException;

/** A remote install without the valid one-time setup token. */
public final class SetupTokenRequiredException extends DomainException {
    private static final long serialVersionUID = 1L;

    public SetupTokenRequiredException() {
        super("SETUP_TOKEN_REQUIRED", "Installing from another machine needs the 'setup_token' that the panel printed "
                + "to its log and wrote to <data dir>/setup-token at first start.");
    }
}
