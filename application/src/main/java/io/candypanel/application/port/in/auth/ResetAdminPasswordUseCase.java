package io.candypanel.application.port.in.auth;

/**
 * Sets a new admin password without the current one, for an operator with access to the server
 * (the command line); every session ends.
 */
public interface ResetAdminPasswordUseCase {
    void reset(String newPassword);
}
