package io.candypanel.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.persistence.Database;
import io.candypanel.adapter.persistence.JdbcClientRepository;
import io.candypanel.adapter.persistence.PersistenceConfig;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Usage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example on the real SQLite adapter, and its {@code main} as a user runs it. */
class EmbeddingExampleIT {
    @TempDir
    Path dataDirectory;

    @Test
    void onSqliteTheSameRunBooksTheSameTrafficAndKeepsItInTheDatabaseFile() {
        EmbeddingExample.Outcome outcome = EmbeddingExample.runOnSqlite(dataDirectory, EmbeddingExampleTest.quiet());

        EmbeddingExampleTest.assertRecordedTrafficWasBooked(outcome);
        EmbeddingExampleTest.assertConfigOfAlice(outcome);
        assertTrue(Files.isRegularFile(dataDirectory.resolve("candypanel.db")));

        Database reopened = Database.create(new PersistenceConfig(dataDirectory));
        reopened.start();
        try {
            Client alice = new JdbcClientRepository(reopened).findByName(new ClientName("alice")).orElseThrow();
            assertEquals(new Usage(48_000_000, 1_200_000), alice.usage());
            assertEquals(outcome.client("alice").keys(), alice.keys());
            Client bob = new JdbcClientRepository(reopened).findByName(new ClientName("bob")).orElseThrow();
            assertFalse(bob.isEnabled());
        } finally {
            reopened.close();
        }
    }

    @Test
    void mainRunsBothStoragesAndPrintsTheResultsWithoutSecrets() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);

        assertTrue(printed.contains("storage: in memory"), printed);
        assertTrue(printed.contains("storage: SQLite "), printed);
        assertEquals(2, printed.split("--- sync: 3 peers read", -1).length - 1, printed);
        assertTrue(printed.contains("disabled (quota)"), printed);
        assertTrue(printed.contains("Endpoint = vpn.example.com:51820"), printed);
        assertTrue(printed.contains("PrivateKey = (secret, not printed)"), printed);
        assertFalse(printed.matches("(?s).*PrivateKey = [A-Za-z0-9+/]{43}=.*"), "a private key was printed");
    }
}
