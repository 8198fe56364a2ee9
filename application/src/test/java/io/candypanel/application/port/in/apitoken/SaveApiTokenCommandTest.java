package io.candypanel.application.port.in.apitoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SaveApiTokenCommandTest {
    private static final String TOKEN = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";

    @Test
    void aValidNameAndTokenAreKeptAsGiven() {
        SaveApiTokenCommand command = new SaveApiTokenCommand("telegram-bot", TOKEN);
        assertEquals("telegram-bot", command.name());
        assertEquals(TOKEN, command.token());
    }

    @Test
    void theTokenIsThirtyTwoTo512PrintableCharacters() {
        assertEquals(32, SaveApiTokenCommand.MIN_TOKEN_LENGTH);
        assertEquals("x".repeat(32), new SaveApiTokenCommand("bot", "x".repeat(32)).token());
        assertEquals("x".repeat(512), new SaveApiTokenCommand("bot", "x".repeat(512)).token());
        String symbols = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~0123456789";
        assertEquals(symbols, new SaveApiTokenCommand("bot", symbols).token(), "every printable ASCII symbol is allowed");
        assertEquals("WEAK_API_TOKEN", assertThrows(InvalidValueException.class,
                () -> new SaveApiTokenCommand("bot", "x".repeat(31))).code());
        assertEquals("WEAK_API_TOKEN", assertThrows(InvalidValueException.class,
                () -> new SaveApiTokenCommand("bot", "x".repeat(513))).code());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short-token", "with space in the middle of it ok?", "tab\tinside-a-long-enough-token-xxxxxx",
            "newline-at-the-end-of-a-long-token\n", "\u00e9-non-ascii-in-an-otherwise-long-token", "del\u007f-in-a-long-enough-token-xxxxxx",
            "nul\u0000-in-a-long-enough-token-xxxxxxxxx", "                                        "})
    void weakOrUnprintableTokensAreRefusedWithoutEchoingThem(String token) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new SaveApiTokenCommand("bot", token));
        assertEquals("WEAK_API_TOKEN", e.code());
        if (token != null && !token.isBlank()) {
            assertFalse(e.getMessage().contains(token.strip()), e.getMessage());
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"my bot", "bot/1", "b\u00f6t", "bot\n", "../x"})
    void theNameFollowsTheApiTokenNameRule(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new SaveApiTokenCommand(name, TOKEN));
        assertEquals("INVALID_TOKEN_NAME", e.code());
        assertEquals("INVALID_TOKEN_NAME", assertThrows(InvalidValueException.class,
                () -> new SaveApiTokenCommand("n".repeat(65), TOKEN)).code());
    }

    @Test
    void toStringShowsTheNameButNeverTheToken() {
        String text = new SaveApiTokenCommand("ci-deploy", TOKEN).toString();
        assertTrue(text.contains("ci-deploy"), text);
        assertFalse(text.contains(TOKEN), text);
        assertFalse(text.contains(TOKEN.substring(0, 12)), "not even a prefix: " + text);
    }
}
