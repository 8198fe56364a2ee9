package io.candypanel.domain.auth;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The panel's administrator: a user name and a slow salted password hash (never the password). */
public record AdminAccount(String username, PasswordHash passwordHash) {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    public AdminAccount {
        validUsername(username);
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public static String validUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidValueException("The admin user name must be 1-64 characters of letters, digits, '_', '.', '@' and '-'.");
        }
        return username;
    }

    /** Plain-text passwords only pass through here on their way to the hasher. */
    public static String validPassword(String password) {
        if (password == null || password.isEmpty() || password.length() > 1024) {
            throw new InvalidValueException("The admin password must be 1-1024 characters.");
        }
        return password;
    }
}
