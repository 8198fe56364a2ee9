package io.candypanel.application.port.in.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AuthCommandsTest {
    private static final String CURRENT = "old-Passw0rd!";
    private static final String NEW = "new-Passw0rd!";
    private static final String SESSION = "Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eAabcdefghijk";

    // --- ChangePasswordCommand --------------------------------------------------------------

    @Test
    void aChangeNeedsTheCurrentPassword() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new ChangePasswordCommand(null, NEW, SESSION));
        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals("", new ChangePasswordCommand("", NEW, SESSION).currentPassword(),
                "an empty current password is simply wrong, which the service reports");
    }

    @Test
    void theNewPasswordHasAtLeastEightCharacters() {
        assertEquals(8, ChangePasswordCommand.MIN_NEW_PASSWORD_LENGTH);
        assertEquals("12345678", new ChangePasswordCommand(CURRENT, "12345678", SESSION).newPassword());
        InvalidValueException seven = assertThrows(InvalidValueException.class,
                () -> new ChangePasswordCommand(CURRENT, "1234567", SESSION));
        assertEquals("WEAK_PASSWORD", seven.code());
        assertFalse(seven.getMessage().contains("1234567"), seven.getMessage());
    }

    @Test
    void theNewPasswordFollowsTheAdminPasswordRule() {
        assertEquals("VALIDATION_FAILED", assertThrows(InvalidValueException.class,
                () -> new ChangePasswordCommand(CURRENT, null, SESSION)).code());
        assertEquals("VALIDATION_FAILED", assertThrows(InvalidValueException.class,
                () -> new ChangePasswordCommand(CURRENT, "", SESSION)).code());
        assertEquals("VALIDATION_FAILED", assertThrows(InvalidValueException.class,
                () -> new ChangePasswordCommand(CURRENT, "y".repeat(1025), SESSION)).code());
        assertEquals("y".repeat(1024), new ChangePasswordCommand(CURRENT, "y".repeat(1024), SESSION).newPassword());
    }

    @Test
    void theSessionToKeepIsRequiredButMayBeEmpty() {
        assertThrows(NullPointerException.class, () -> new ChangePasswordCommand(CURRENT, NEW, null));
        assertEquals("", new ChangePasswordCommand(CURRENT, NEW, "").keepSessionToken());
    }

    @Test
    void toStringHidesBothPasswordsAndTheSessionToken() {
        String text = new ChangePasswordCommand(CURRENT, NEW, SESSION).toString();
        assertFalse(text.contains(CURRENT), text);
        assertFalse(text.contains(NEW), text);
        assertFalse(text.contains("Passw0rd"), text);
        assertFalse(text.contains(SESSION), text);
    }

    // --- LoginCommand -----------------------------------------------------------------------

    @Test
    void aLoginWithoutAnAddressCountsAsUnknown() {
        assertEquals("unknown", new LoginCommand("admin", "pw").remoteAddress());
        assertEquals("unknown", new LoginCommand("admin", "pw", null).remoteAddress());
        assertEquals("203.0.113.9", new LoginCommand("admin", "pw", "203.0.113.9").remoteAddress());
    }

    @Test
    void aLoginCommandNeverPrintsThePassword() {
        String text = new LoginCommand("admin", "hunter2-secret", "203.0.113.9").toString();
        assertFalse(text.contains("hunter2-secret"), text);
        assertThrows(InvalidValueException.class, () -> new LoginCommand(null, "pw", "203.0.113.9"));
        assertThrows(InvalidValueException.class, () -> new LoginCommand("admin", null, "203.0.113.9"));
    }
}
