package io.candypanel.adapter.http.auth;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.auth.LoginCommand;

record LoginRequest(String username, String password) {

    static LoginRequest from(JsonFields fields) {
        String username = fields.string("username").orElse(null);
        String password = fields.string("password").orElse(null);
        if (username == null || password == null) {
            throw RequestRejectedException.badRequest("Missing username or password for login.");
        }
        return new LoginRequest(username, password);
    }

    /** @param remoteAddress the TCP peer, for the per-address limit of failed logins */
    LoginCommand toCommand(String remoteAddress) {
        return new LoginCommand(username, password, remoteAddress);
    }

    @Override
    public String toString() {
        return "LoginRequest[" + username + "]";
    }
}
