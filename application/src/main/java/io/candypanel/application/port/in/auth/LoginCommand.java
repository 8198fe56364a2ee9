package io.candypanel.application.port.in.auth;

import io.candypanel.domain.shared.InvalidValueException;

public record LoginCommand(String username, String password) {
    public LoginCommand {
        if (username == null || password == null) {
            throw new InvalidValueException("Missing username or password for login.");
        }
    }

    @Override
    public String toString() {
        return "LoginCommand[" + username + "]";
    }
}
