package io.candypanel.application.port.in.apitoken;

import io.candypanel.application.port.in.NotFoundException;

/** No API token has this name. */
public final class ApiTokenNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public ApiTokenNotFoundException(String name) {
        super("API_TOKEN_NOT_FOUND", "API token '" + name + "' not found.");
    }
}
