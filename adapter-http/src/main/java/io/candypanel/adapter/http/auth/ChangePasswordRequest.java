package io.candypanel.adapter.http.auth;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.auth.ChangePasswordCommand;

record ChangePasswordRequest(String currentPassword, String newPassword) {

    static ChangePasswordRequest from(JsonFields fields) {
        String current = fields.string("current_password").orElse(null);
        String next = fields.string("new_password").orElse(null);
        if (current == null || next == null) {
            throw RequestRejectedException.badRequest("Missing current_password or new_password for change_password.");
        }
        return new ChangePasswordRequest(current, next);
    }

    /** The command checks the new password's rules, so a weak one is refused before the use case runs. */
    ChangePasswordCommand toCommand(String keepSessionToken) {
        return new ChangePasswordCommand(currentPassword, newPassword, keepSessionToken);
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
