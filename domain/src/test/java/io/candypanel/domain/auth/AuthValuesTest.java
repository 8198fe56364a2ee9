package io.candypanel.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthValuesTest {
    private static final PasswordHash HASH = new PasswordHash("pbkdf2-sha256$1000$c2FsdA$aGFzaA");

    @Test
    void tokenHashIsTheLowerCaseHexSha256() {
        // FIPS 180-2 test vector "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenHash.of("abc").hex());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TokenHash.of("").hex());
        assertEquals(TokenHash.of("same token"), TokenHash.of("same token"));
        assertNotEquals(TokenHash.of("token-a"), TokenHash.of("token-b"));
    }

    @Test
    void tokenHashHashesUtf8() {
        // sha256 of the UTF-8 bytes c3 a9 ("é").
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", TokenHash.of("\u00e9").hex());
        assertNotEquals(TokenHash.of("\u00e9"), TokenHash.of("e"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adx",
            "za7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"})
    void tokenHashRefusesAnythingButSixtyFourLowerCaseHexDigits(String hex) {
        assertThrows(IllegalArgumentException.class, () -> new TokenHash(hex));
    }

    @Test
    void tokenHashToStringShowsOnlyAPrefix() {
        TokenHash hash = TokenHash.of("abc");
        assertEquals("TokenHash[ba7816bf...]", hash.toString());
        assertFalse(hash.toString().contains(hash.hex()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "a", "root@example.com", "ops.team-1_x", "A1"})
    void adminUserNamesAreAccepted(String username) {
        assertEquals(username, AdminAccount.validUsername(username));
        assertEquals(username, new AdminAccount(username, HASH).username());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ad min", "admin\n", "admin/..", "admin:x", "\u0645\u062f\u06cc\u0631", "admin'--"})
    void adminUserNamesAreRefused(String username) {
        assertThrows(InvalidValueException.class, () -> AdminAccount.validUsername(username));
        assertThrows(InvalidValueException.class, () -> new AdminAccount(username, HASH));
    }

    @Test
    void adminUserNameLengthIsOneToSixtyFour() {
        assertEquals("a".repeat(64), AdminAccount.validUsername("a".repeat(64)));
        assertThrows(InvalidValueException.class, () -> AdminAccount.validUsername("a".repeat(65)));
        assertThrows(InvalidValueException.class, () -> AdminAccount.validUsername(null));
        assertThrows(NullPointerException.class, () -> new AdminAccount("admin", null));
    }

    @Test
    void adminPasswordsAreOneTo1024CharactersOfAnything() {
        assertEquals("x", AdminAccount.validPassword("x"));
        assertEquals("p\u00e4ss w\u00f6rd \u0631\u0645\u0632", AdminAccount.validPassword("p\u00e4ss w\u00f6rd \u0631\u0645\u0632"));
        assertEquals("y".repeat(1024), AdminAccount.validPassword("y".repeat(1024)));
        assertThrows(InvalidValueException.class, () -> AdminAccount.validPassword(""));
        assertThrows(InvalidValueException.class, () -> AdminAccount.validPassword(null));
        assertThrows(InvalidValueException.class, () -> AdminAccount.validPassword("y".repeat(1025)));
    }

    @Test
    void passwordHashIsNeverPrintedAndNeverBlank() {
        assertEquals("PasswordHash[***]", HASH.toString());
        assertFalse(new AdminAccount("admin", HASH).toString().contains(HASH.encoded()));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHash(" "));
        assertThrows(NullPointerException.class, () -> new PasswordHash(null));
    }

    @Test
    void aSessionIsValidUntilItsExpiryInstantExclusive() {
        Instant created = Instant.parse("2025-03-01T12:00:00Z");
        Instant expires = created.plusSeconds(3600);
        Session session = new Session(TokenHash.of("t"), "admin", created, expires);
        assertTrue(session.isValidAt(created));
        assertTrue(session.isValidAt(expires.minusNanos(1)));
        assertFalse(session.isValidAt(expires));
        assertFalse(session.isValidAt(expires.plusSeconds(1)));
    }

    @Test
    void anApiTokenNeedsAllItsParts() {
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        // A missing name is now refused by the name rule (a 400 with a code), not by a bare null check.
        InvalidValueException noName = assertThrows(InvalidValueException.class, () -> new ApiToken(null, TokenHash.of("t"), now));
        assertEquals("INVALID_TOKEN_NAME", noName.code());
        assertThrows(NullPointerException.class, () -> new ApiToken("bot", null, now));
        assertThrows(NullPointerException.class, () -> new ApiToken("bot", TokenHash.of("t"), null));
        assertEquals("bot", new ApiToken("bot", TokenHash.of("t"), now).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bot", "b", "telegram-bot", "ci.deploy_2", "A-Z.a-z_0-9"})
    void apiTokenNamesAreAccepted(String name) {
        assertEquals(name, ApiToken.validName(name));
        assertEquals(name, new ApiToken(name, TokenHash.of("t"), Instant.parse("2025-03-01T12:00:00Z")).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "my bot", "bot\n", "bot\t", "a/b", "../etc", "bot:1", "bot@host", "b\u00f6t",
            "\u0628\u0627\u062a", "bot\u200b", "name;drop", "'bot'"})
    void apiTokenNamesOutsideTheAlphabetAreRefusedWithTheirOwnCode(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ApiToken.validName(name));
        assertEquals("INVALID_TOKEN_NAME", e.code());
        InvalidValueException viaRecord = assertThrows(InvalidValueException.class,
                () -> new ApiToken(name, TokenHash.of("t"), Instant.parse("2025-03-01T12:00:00Z")));
        assertEquals("INVALID_TOKEN_NAME", viaRecord.code());
    }

    @Test
    void apiTokenNamesAreOneToSixtyFourCharacters() {
        assertEquals("n".repeat(64), ApiToken.validName("n".repeat(64)));
        assertEquals("INVALID_TOKEN_NAME", assertThrows(InvalidValueException.class,
                () -> ApiToken.validName("n".repeat(65))).code());
        assertEquals("INVALID_TOKEN_NAME", assertThrows(InvalidValueException.class, () -> ApiToken.validName(null)).code());
    }
}
