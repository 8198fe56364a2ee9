package io.candypanel.application.port.in;

import io.candypanel.domain.shared.DomainException;

/** The target of a command or query does not exist. */
public abstract class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    protected NotFoundException(String code, String message) {
        super(code, message);
    }
}
