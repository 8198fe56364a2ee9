package io.candypanel.application.port.in.auth;

import java.util.Optional;

/** Resolves a bearer token (a session or a named API token) to who is calling; empty when it is unknown or expired. */
public interface AuthenticateUseCase {
    Optional<Principal> authenticate(String bearerToken);
}
