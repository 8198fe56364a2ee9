package io.candypanel.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Usage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example on the in-memory adapter: what it books, renders and tells WireGuard. */
class EmbeddingExampleTest {

    @Test
    void theSyncBooksTheRecordedCountersAndDisablesTheClientOverItsQuota() {
        EmbeddingExample.Outcome outcome = EmbeddingExample.runInMemory(quiet());

        assertRecordedTrafficWasBooked(outcome);
    }

    @Test
    void theConfigCarriesTheClientsOwnKeysAndTheServersPublicKey() {
        EmbeddingExample.Outcome outcome = EmbeddingExample.runInMemory(quiet());

        assertConfigOfAlice(outcome);
    }

    @Test
    void wireGuardWasToldEveryChangeAndReadOnce() {
        EmbeddingExample.Outcome outcome = EmbeddingExample.runInMemory(quiet());

        // install and createInterface apply the (empty) interfaces, createClient adds each peer, the sync reads the
        // dump once and, bob being disabled, applies wg0 with alice alone; nothing else differed from the recording.
        assertEquals(List.of("applyInterface wg0 []", "applyInterface wg1 []", "addPeer wg0 alice", "addPeer wg0 bob",
                "addPeer wg1 carol", "readAll", "applyInterface wg0 [alice]"), outcome.wireGuardCalls());
        assertTrue(outcome.sync().kernelFailures().isEmpty(), outcome.sync().kernelFailures().toString());
    }

    static void assertRecordedTrafficWasBooked(EmbeddingExample.Outcome outcome) {
        // download = what the server sent (the dump's tx), upload = what it received (rx)
        Client alice = outcome.client("alice");
        assertEquals(new Usage(48_000_000, 1_200_000), alice.usage());
        assertTrue(alice.isEnabled());
        assertTrue(alice.isConnectedNow());
        assertEquals(Optional.of("198.51.100.23:41641"), alice.endpoint());

        Client bob = outcome.client("bob");
        assertEquals(new Usage(300_000_000, 900_000_000), bob.usage());
        assertFalse(bob.isEnabled(), "1.2 GB used of a 1 GiB quota");
        assertEquals(Optional.of(DisabledReason.QUOTA), bob.disabledReason());

        Client carol = outcome.client("carol");
        assertEquals(Usage.NONE, carol.usage());
        assertFalse(carol.isConnectedNow());

        assertEquals(3, outcome.sync().peersRead());
        assertEquals(1_200_000L + 48_000_000 + 900_000_000 + 300_000_000, outcome.sync().bytesCounted());
        assertEquals(List.of("bob"), outcome.sync().disabled().stream().map(d -> d.name()).toList());
    }

    static void assertConfigOfAlice(EmbeddingExample.Outcome outcome) {
        Client alice = outcome.client("alice");
        String config = outcome.aliceConfig();
        assertTrue(config.contains("PrivateKey = " + alice.keys().privateKey().base64() + "\n"), config);
        assertTrue(config.contains("PresharedKey = " + alice.presharedKey().base64() + "\n"), config);
        assertTrue(config.contains("PublicKey = " + outcome.wg0().keys().publicKey().base64() + "\n"), config);
        assertTrue(config.contains("Address = 10.8.0.2/32\n"), config);
        assertTrue(config.contains("Endpoint = vpn.example.com:51820\n"), config);
        assertTrue(config.contains("DNS = 1.1.1.1\n"), config);
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
