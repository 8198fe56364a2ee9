package io.candypanel.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.auth.PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);

    @Test
    void theRightPasswordMatchesAndOthersDoNot() {
        PasswordHash hash = hasher.hash("correct horse battery staple");
        assertTrue(hasher.matches("correct horse battery staple", hash));
        assertFalse(hasher.matches("correct horse battery stapl", hash));
        assertFalse(hasher.matches("Correct horse battery staple", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void theEncodingNamesTheAlgorithmAndIterationsAndNeverContainsThePassword() {
        PasswordHash hash = hasher.hash("s3cret-password");
        String[] parts = hash.encoded().split("\\$");
        assertEquals(4, parts.length, hash.encoded());
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "16-byte salt");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "256-bit hash");
        assertFalse(hash.encoded().contains("s3cret-password"));
    }

    @Test
    void saltsDifferSoEqualPasswordsHaveDifferentHashes() {
        PasswordHash first = hasher.hash("same password");
        PasswordHash second = hasher.hash("same password");
        assertNotEquals(first.encoded(), second.encoded());
        assertNotEquals(first.encoded().split("\\$")[2], second.encoded().split("\\$")[2]);
        assertTrue(hasher.matches("same password", first));
        assertTrue(hasher.matches("same password", second));
    }

    @Test
    void aHashKeepsWorkingWhenTheWorkFactorChanges() {
        PasswordHash old = new Pbkdf2PasswordHasher(new SecureRandom(), 10).hash("pw");
        assertTrue(hasher.matches("pw", old), "the stored iteration count is used, not the current one");
    }

    @Test
    void matchesTheRfc7914TestVectorForPbkdf2HmacSha256() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, first 32 bytes of dkLen=64.
        byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        PasswordHash known = new PasswordHash("pbkdf2-sha256$1$" + b64.encodeToString("salt".getBytes()) + "$"
                + b64.encodeToString(expected));
        assertTrue(hasher.matches("passwd", known));
        assertFalse(hasher.matches("password", known));
    }

    @Test
    void unicodePasswordsWork() {
        PasswordHash hash = hasher.hash("\u0631\u0645\u0632-\u00fc\u00df-\ud83d\udd11");
        assertTrue(hasher.matches("\u0631\u0645\u0632-\u00fc\u00df-\ud83d\udd11", hash));
        assertFalse(hasher.matches("\u0631\u0645\u0632-u\u00df-\ud83d\udd11", hash));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "pbkdf2-sha256", "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
            "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", "bcrypt$2b$10$abcdefghijklmnopqrstuv",
            "pbkdf2-sha256$abc$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", "pbkdf2-sha256$1000$!!!$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$***", "pbkdf2-sha256$1000$$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$", "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
            "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"})
    void aMalformedStoredHashNeverMatchesAndNeverThrows(String encoded) {
        assertFalse(hasher.matches("password", new PasswordHash(encoded)));
    }

    @Test
    void aTruncatedDigestDoesNotMatch() {
        PasswordHash hash = hasher.hash("pw");
        String encoded = hash.encoded();
        assertFalse(hasher.matches("pw", new PasswordHash(encoded.substring(0, encoded.length() - 4))));
    }

    @Test
    void theIterationCountMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Pbkdf2PasswordHasher(new SecureRandom(), 0));
        assertThrows(NullPointerException.class, () -> new Pbkdf2PasswordHasher(null, 1000));
        assertTrue(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
    }
}
