package io.candypanel.domain.client;

import static io.candypanel.domain.client.TestClients.IN_30_DAYS;
import static io.candypanel.domain.client.TestClients.KEYS;
import static io.candypanel.domain.client.TestClients.NOW;
import static io.candypanel.domain.client.TestClients.newClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientTest {

    @Test
    void aNewClientIsEnabledWithNoUsage() {
        Client client = newClient("alice", new Quota(1000));
        assertTrue(client.isEnabled());
        assertEquals(Optional.empty(), client.disabledReason());
        assertEquals(Usage.NONE, client.usage());
        assertEquals(KernelCounters.ZERO, client.lastCounters());
        assertEquals(NOW, client.createdAt());
        assertEquals(IN_30_DAYS, client.expiresAt());
        assertEquals(new Quota(1000), client.quota());
        assertEquals("", client.note());
        assertFalse(client.isConnectedNow());
        assertEquals(Optional.empty(), client.lastHandshake());
        assertEquals(Optional.empty(), client.endpoint());
        assertEquals(Optional.empty(), client.shareToken());
        assertFalse(client.isOverQuota());
        assertFalse(client.isExpired(NOW));
    }

    @Test
    void createRefusesAnExpiryThatIsNotInTheFuture() {
        InvalidValueException atNow = assertThrows(InvalidValueException.class,
                () -> newClient("alice", Quota.UNLIMITED, NOW));
        assertEquals("EXPIRY_NOT_IN_FUTURE", atNow.code());
        InvalidValueException past = assertThrows(InvalidValueException.class,
                () -> newClient("alice", Quota.UNLIMITED, NOW.minusSeconds(1)));
        assertEquals("EXPIRY_NOT_IN_FUTURE", past.code());
        assertTrue(newClient("alice", Quota.UNLIMITED, NOW.plusMillis(1)).isEnabled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "a\rb", "tab\there", "nul\u0000", "bell\u0007", "del\u007f"})
    void notesWithControlCharactersAreRefused(String note) {
        WgKeyPair pair = KEYS.newKeyPair();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Client.create(new ClientName("alice"),
                InterfaceId.FIRST, pair, KEYS.newPresharedKey(), Ipv4Address.parse("10.0.0.2"), NOW, IN_30_DAYS,
                Quota.UNLIMITED, note));
        assertTrue(e.getMessage().contains("control characters"), e.getMessage());
        Client client = newClient("bob", Quota.UNLIMITED);
        assertThrows(InvalidValueException.class, () -> client.changeNote(note));
        assertEquals("", client.note());
    }

    @Test
    void notesAreLimitedToOneThousandCharactersAndNullMeansEmpty() {
        assertEquals("x".repeat(1000), Client.validNote("x".repeat(1000)));
        assertThrows(InvalidValueException.class, () -> Client.validNote("x".repeat(1001)));
        assertEquals("", Client.validNote(null));
        assertEquals("paid in cash, \u062a\u0633\u062a", Client.validNote("paid in cash, \u062a\u0633\u062a"));
        Client client = newClient("alice", Quota.UNLIMITED);
        client.changeNote("VIP");
        assertEquals("VIP", client.note());
    }

    @Test
    void countersBecomeUsageByDelta() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.recordCounters(new KernelCounters(100, 1000));
        client.recordCounters(new KernelCounters(150, 1800));
        assertEquals(new KernelCounters(150, 1800), client.lastCounters());
        // rx is what the server received (the user's upload), tx what it sent (the user's download).
        assertEquals(new Usage(1800, 150), client.usage());
        client.recordCounters(new KernelCounters(150, 1800));
        assertEquals(new Usage(1800, 150), client.usage(), "unchanged counters add nothing");
    }

    @Test
    void downloadIsWhatTheServerSentAndUploadWhatItReceived() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.recordCounters(new KernelCounters(7, 0));
        assertEquals(0, client.usage().download());
        assertEquals(7, client.usage().upload());
        client.recordCounters(new KernelCounters(7, 11));
        assertEquals(11, client.usage().download());
        assertEquals(7, client.usage().upload());
    }

    @Test
    void aLowerCounterMeansTheKernelResetItAndTheNewValueIsTheDelta() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.recordCounters(new KernelCounters(5000, 9000));
        client.recordCounters(new KernelCounters(300, 400));
        assertEquals(new Usage(9400, 5300), client.usage());
        assertEquals(new KernelCounters(300, 400), client.lastCounters());
        client.recordCounters(new KernelCounters(500, 1000));
        assertEquals(new Usage(10000, 5500), client.usage());
    }

    @Test
    void aResetOfOnlyOneCounterIsHandledPerDirection() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.recordCounters(new KernelCounters(5000, 9000));
        client.recordCounters(new KernelCounters(6000, 100));
        assertEquals(new Usage(9100, 6000), client.usage());
    }

    @Test
    void aClientIsExpiredFromTheExactInstantOfItsExpiry() {
        Client client = newClient("alice", Quota.UNLIMITED);
        assertFalse(client.isExpired(IN_30_DAYS.minusNanos(1)));
        assertTrue(client.isExpired(IN_30_DAYS));
        assertTrue(client.isExpired(IN_30_DAYS.plusSeconds(1)));
    }

    @Test
    void aClientIsOverQuotaOnceUsageReachesIt() {
        Client client = newClient("alice", new Quota(1000));
        client.recordCounters(new KernelCounters(400, 599));
        assertFalse(client.isOverQuota());
        client.recordCounters(new KernelCounters(400, 600));
        assertTrue(client.isOverQuota());
        client.resetUsage(NOW);
        assertEquals(Usage.NONE, client.usage());
        assertFalse(client.isOverQuota());
    }

    @Test
    void disableSetsTheReasonAndClearsConnected() {
        Client client = connectedClient();
        assertTrue(client.isConnectedNow());
        client.disable(DisabledReason.QUOTA);
        assertFalse(client.isEnabled());
        assertEquals(Optional.of(DisabledReason.QUOTA), client.disabledReason());
        assertFalse(client.isConnectedNow());
        assertThrows(NullPointerException.class, () -> client.disable(null));
    }

    @Test
    void enableClearsTheReason() {
        Client client = newClient("alice", new Quota(1000));
        client.disable(DisabledReason.MANUAL);
        client.enable(NOW);
        assertTrue(client.isEnabled());
        assertEquals(Optional.empty(), client.disabledReason());
    }

    @Test
    void enableIsRefusedWhileExpiredAndAllowedAfterExtending() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.disable(DisabledReason.EXPIRED);
        Instant later = IN_30_DAYS.plus(Duration.ofDays(1));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> client.enable(later));
        assertEquals("CLIENT_EXPIRED", e.code());
        assertFalse(client.isEnabled());
        assertEquals(Optional.of(DisabledReason.EXPIRED), client.disabledReason());

        assertThrows(RuleViolationException.class, () -> client.enable(IN_30_DAYS), "expired at the exact instant");

        client.changeExpiry(later.plus(Duration.ofDays(30)));
        client.enable(later);
        assertTrue(client.isEnabled());
    }

    @Test
    void enableIsRefusedWhileOverQuotaAndAllowedAfterRaisingIt() {
        Client client = newClient("alice", new Quota(1000));
        client.recordCounters(new KernelCounters(500, 500));
        client.disable(DisabledReason.QUOTA);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> client.enable(NOW));
        assertEquals("CLIENT_OVER_QUOTA", e.code());
        assertFalse(client.isEnabled());

        client.changeQuota(new Quota(2000));
        client.enable(NOW);
        assertTrue(client.isEnabled());
    }

    @Test
    void enableIsAllowedAfterResettingUsageOrMakingTheQuotaUnlimited() {
        Client reset = newClient("alice", new Quota(1000));
        reset.recordCounters(new KernelCounters(2000, 0));
        reset.disable(DisabledReason.QUOTA);
        reset.resetUsage(NOW);
        reset.enable(NOW);
        assertTrue(reset.isEnabled());

        Client unlimited = newClient("bob", new Quota(1000));
        unlimited.recordCounters(new KernelCounters(2000, 0));
        unlimited.disable(DisabledReason.QUOTA);
        unlimited.changeQuota(Quota.UNLIMITED);
        unlimited.enable(NOW);
        assertTrue(unlimited.isEnabled());
    }

    @Test
    void restoreKeepsStoredStateWithoutRerunningCreationRules() {
        WgKeyPair pair = KEYS.newKeyPair();
        Instant longAgo = NOW.minus(Duration.ofDays(400));
        Client restored = Client.restore(new ClientName("old"), new InterfaceId(3), pair, KEYS.newPresharedKey(),
                Ipv4Address.parse("10.3.0.9"), longAgo, longAgo.plus(Duration.ofDays(30)), new Quota(10),
                new Usage(50, 60), new KernelCounters(60, 50), "note", false, DisabledReason.EXPIRED,
                NOW, "203.0.113.9:51820", false, "share-token");
        assertTrue(restored.isExpired(NOW), "an already expired client can be restored");
        assertTrue(restored.isOverQuota());
        assertEquals(Optional.of(DisabledReason.EXPIRED), restored.disabledReason());
        assertEquals(Optional.of("203.0.113.9:51820"), restored.endpoint());
        assertEquals(Optional.of("share-token"), restored.shareToken());
        assertEquals(Optional.of(NOW), restored.lastHandshake());
        assertEquals(new InterfaceId(3), restored.interfaceId());
        assertEquals("Client[old on wg3, 10.3.0.9, disabled]", restored.toString());
    }

    @Test
    void aDisabledClientNeedsAReasonAndAnEnabledOneHasNone() {
        WgKeyPair pair = KEYS.newKeyPair();
        assertThrows(NullPointerException.class, () -> Client.restore(new ClientName("x"), InterfaceId.FIRST, pair,
                KEYS.newPresharedKey(), Ipv4Address.parse("10.0.0.2"), NOW, IN_30_DAYS, Quota.UNLIMITED, Usage.NONE,
                KernelCounters.ZERO, "", false, null, null, null, false, null));
        Client enabled = Client.restore(new ClientName("y"), InterfaceId.FIRST, pair, KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0.3"), NOW, IN_30_DAYS, Quota.UNLIMITED, Usage.NONE, KernelCounters.ZERO, "",
                true, DisabledReason.MANUAL, null, null, false, null);
        assertEquals(Optional.empty(), enabled.disabledReason());
    }

    @Test
    void toStringRevealsNoKey() {
        Client client = newClient("alice", Quota.UNLIMITED);
        String text = client.toString();
        assertFalse(text.contains(client.keys().privateKey().base64()));
        assertFalse(text.contains(client.presharedKey().base64()));
        assertEquals("Client[alice on wg0, 10.0.0.2]", text);
    }

    private static Client connectedClient() {
        return Client.restore(new ClientName("alice"), InterfaceId.FIRST, KEYS.newKeyPair(), KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0.2"), NOW, IN_30_DAYS, Quota.UNLIMITED, Usage.NONE, KernelCounters.ZERO, "",
                true, null, NOW, "198.51.100.1:40000", true, null);
    }
}
