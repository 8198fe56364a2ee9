package io.candypanel.application.port.in.auth;

import java.util.Objects;

/** Who is calling: the admin through a session, or a script through a named API token. */
public record Principal(Kind kind, String name) {
    public enum Kind { ADMIN_SESSION, API_TOKEN }

    public Principal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
