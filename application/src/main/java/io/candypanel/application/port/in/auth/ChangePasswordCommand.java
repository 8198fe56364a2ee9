package io.candypanel.application.port.in.auth;

import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * @param keepSessionToken the caller's own session, kept alive; empty string when the caller used an API token
 */
public record ChangePasswordCommand(String currentPassword, String newPassword, String keepSessionToken) {
    public static final int MIN_NEW_PASSWORD_LENGTH = 8;

    public ChangePasswordCommand {
        if (currentPassword == null) {
            throw new InvalidValueException("The current password is required.");
        }
        AdminAccount.validPassword(newPassword);
        if (newPassword.length() < MIN_NEW_PASSWORD_LENGTH) {
            throw new InvalidValueException("WEAK_PASSWORD", "The new password must have at least " + MIN_NEW_PASSWORD_LENGTH + " characters.");
        }
        Objects.requireNonNull(keepSessionToken, "keepSessionToken");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[***]";
    }
}
