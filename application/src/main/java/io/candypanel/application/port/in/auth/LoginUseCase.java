package io.candypanel.application.port.in.auth;

/** Exchanges the admin's user name and password for a new session token. */
public interface LoginUseCase {
    IssuedSession login(LoginCommand command);
}
