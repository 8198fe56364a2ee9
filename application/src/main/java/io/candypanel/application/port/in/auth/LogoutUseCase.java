package io.candypanel.application.port.in.auth;

/** Ends the session of this token; returns false when it was not a session token. */
public interface LogoutUseCase {
    boolean logout(String sessionToken);
}
