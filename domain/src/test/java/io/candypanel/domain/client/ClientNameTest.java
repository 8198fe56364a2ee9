package io.candypanel.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "7", "alice", "tguser_123456789", "tguser_1_1700000000", "bob.smith", "x-y_z.0",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.", "_", "_.-", "a..b", "a-"})
    void acceptsOneToSixtyFourAllowedCharacters(String name) {
        assertEquals(name, new ClientName(name).value());
        assertEquals(name, new ClientName(name).toString());
    }

    @Test
    void acceptsExactlySixtyFourCharacters() {
        String name = "a".repeat(64);
        assertEquals(name, new ClientName(name).value());
    }

    @Test
    void refusesSixtyFiveCharacters() {
        assertInvalid("a".repeat(65));
    }

    @Test
    void refusesEmptyAndNull() {
        InvalidValueException empty = assertThrows(InvalidValueException.class, () -> new ClientName(""));
        assertEquals("INVALID_CLIENT_NAME", empty.code());
        assertEquals("The client name is required.", empty.getMessage());
        InvalidValueException nullName = assertThrows(InvalidValueException.class, () -> new ClientName(null));
        assertEquals("INVALID_CLIENT_NAME", nullName.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice bob", " alice", "alice ", "alice\n", "alice\nPublicKey = x", "alice\r", "\r", "a/b", "/",
            "a\\b", "a:b", "a#b", "a=b", "[Peer]", "a\tb", "a\u0000b", "caf\u00e9", "\u0645\u0631\u06cc\u0645",
            "\u0430lice", "a%2Fb", "a?b", "a&b", "\"a\"", "a'b", "alice\u2028"})
    void refusesEverythingElse(String name) {
        assertInvalid(name);
    }

    /** "." and ".." are special path segments and a leading '-' reads as a command option: refused. */
    @ParameterizedTest
    @ValueSource(strings = {".", "..", "...", ".hidden", "-rf", "-", "-alice"})
    void refusesALeadingDotOrDash(String name) {
        assertInvalid(name);
    }

    private static void assertInvalid(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ClientName(name));
        assertEquals("INVALID_CLIENT_NAME", e.code());
        assertEquals("The client name must be 1-64 characters of letters, digits, '_', '-' and '.', "
                + "starting with a letter, a digit or '_'.", e.getMessage());
    }
}
