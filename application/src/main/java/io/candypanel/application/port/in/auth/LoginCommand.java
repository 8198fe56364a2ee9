package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.InvalidValueException;

/**
 * @param remoteAddress where the attempt comes from, for the per-address limit of failed logins
 */
public record LoginCommand(String username, String password, String remoteAddress) {
    public LoginCommand {
        if (username == null || password == null) {
            throw new InvalidValueException("Missing username or password for login.");
        }
        if (remoteAddress == null) {
            remoteAddress = "unknown";
        }
    }

    public LoginCommand(String username, String password) {
        this(username, password, "unknown");
    }

    @Override
    public String toString() {
        return "LoginCommand[" + username + "]";
    }
}
