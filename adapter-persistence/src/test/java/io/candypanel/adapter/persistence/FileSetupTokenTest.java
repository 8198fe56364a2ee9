package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetupTokenTest {
    @TempDir
    Path temp;

    @Test
    void issuesA256BitUrlSafeTokenInAPrivateFile() throws Exception {
        Path directory = temp.resolve("data");
        String token = new FileSetupToken(directory, new SecureRandom()).issueIfAbsent();

        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token.length() + " characters");
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        Path file = directory.resolve("setup-token");
        assertEquals(token, Files.readString(file).strip());
        assumeTrue(OwnerOnlyFiles.supportsPosix(file), "needs a POSIX file system");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
        try (var entries = Files.list(directory)) {
            assertEquals(1, entries.count(), "no temp file left behind");
        }
    }

    @Test
    void anExistingTokenIsReturnedAgainSoARestartPrintsTheSameOne() {
        String first = new FileSetupToken(temp, new SecureRandom()).issueIfAbsent();

        String again = new FileSetupToken(temp, new SecureRandom()).issueIfAbsent();

        assertEquals(first, again);
    }

    @Test
    void aMalformedFileIsReplacedByANewToken() throws Exception {
        Files.writeString(temp.resolve("setup-token"), "short\n");

        String token = new FileSetupToken(temp, new SecureRandom()).issueIfAbsent();

        assertNotEquals("short", token);
        assertEquals(43, token.length());
    }

    @Test
    void matchesOnlyTheCurrentToken() {
        FileSetupToken setupToken = new FileSetupToken(temp, new SecureRandom());
        String token = setupToken.issueIfAbsent();

        assertTrue(setupToken.matches(token));
        assertFalse(setupToken.matches(token.substring(1)));
        assertFalse(setupToken.matches(token + "x"));
        assertFalse(setupToken.matches(""));
        assertFalse(setupToken.matches(null));
        assertFalse(setupToken.matches(new FileSetupToken(temp.resolve("other"), new SecureRandom()).issueIfAbsent()));
    }

    @Test
    void nothingMatchesBeforeATokenIsIssued() {
        assertFalse(new FileSetupToken(temp, new SecureRandom()).matches("anything"));
    }

    @Test
    void discardDeletesTheTokenSoItNoLongerMatches() {
        FileSetupToken setupToken = new FileSetupToken(temp, new SecureRandom());
        String token = setupToken.issueIfAbsent();

        setupToken.discard();
        setupToken.discard();

        assertFalse(Files.exists(temp.resolve("setup-token")));
        assertFalse(setupToken.matches(token));
    }

    @Test
    void theFileIsTheTruthAcrossInstances() {
        String token = new FileSetupToken(temp, new SecureRandom()).issueIfAbsent();
        FileSetupToken other = new FileSetupToken(temp, new SecureRandom());

        assertTrue(other.matches(token));
        new FileSetupToken(temp, new SecureRandom()).discard();
        assertFalse(other.matches(token));
    }
}
