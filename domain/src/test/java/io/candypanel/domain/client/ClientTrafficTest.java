package io.candypanel.domain.client;

import static io.candypanel.domain.client.TestClients.IN_30_DAYS;
import static io.candypanel.domain.client.TestClients.KEYS;
import static io.candypanel.domain.client.TestClients.NOW;
import static io.candypanel.domain.client.TestClients.newClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Booking kernel readings into a client, and the limits and usage periods that follow from it. */
class ClientTrafficTest {
    private static final String ENDPOINT = "198.51.100.7:40000";

    private static PeerReading reading(Client client, long rx, long tx, Instant handshake, String endpoint) {
        return new PeerReading(client.keys().publicKey(), Optional.ofNullable(endpoint), Optional.ofNullable(handshake), rx, tx,
                List.of(client.address() + "/32"), true);
    }

    private static PeerReading reading(Client client, long rx, long tx) {
        return reading(client, rx, tx, null, null);
    }

    private static Client stored(Quota quota, Usage usage, KernelCounters lastCounters, Instant expiresAt, boolean enabled,
                                 DisabledReason reason, Instant lastHandshake, String endpoint, boolean connected) {
        return Client.restore(new ClientName("alice"), InterfaceId.FIRST, KEYS.newKeyPair(), KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0.2"), NOW.minus(Duration.ofDays(1)), expiresAt, quota, usage, lastCounters, "",
                enabled, reason, lastHandshake, endpoint, connected, null);
    }

    private static Client disabled(DisabledReason reason, Instant expiresAt, Usage usage, Quota quota) {
        return stored(quota, usage, KernelCounters.ZERO, expiresAt, false, reason, null, null, false);
    }

    // --- observe ---------------------------------------------------------------------------------

    @Test
    void observeBooksTheDeltaSinceTheLastCountersDownloadIsSentAndUploadIsReceived() {
        Client client = stored(Quota.UNLIMITED, new Usage(5000, 700), new KernelCounters(700, 5000), IN_30_DAYS, true, null,
                null, null, false);

        Client.Observation observation = client.observe(reading(client, 1000, 8000), NOW);

        assertEquals(new Usage(3000, 300), observation.added(), "download = tx delta (sent), upload = rx delta (received)");
        assertEquals(new Usage(8000, 1000), client.usage());
        assertEquals(new KernelCounters(1000, 8000), client.lastCounters());
        assertTrue(observation.changed());
    }

    @Test
    void observeOnlyReceivedTrafficIsUploadOnly() {
        Client client = newClient("alice", Quota.UNLIMITED);
        Client.Observation observation = client.observe(reading(client, 42, 0), NOW);
        assertEquals(new Usage(0, 42), observation.added());
        assertEquals(new Usage(0, 42), client.usage());
    }

    @Test
    void observeTreatsALowerCounterAsAKernelResetPerDirection() {
        Client client = stored(Quota.UNLIMITED, new Usage(9000, 5000), new KernelCounters(5000, 9000), IN_30_DAYS, true, null,
                null, null, false);

        Client.Observation bothReset = client.observe(reading(client, 300, 400), NOW);
        assertEquals(new Usage(400, 300), bothReset.added(), "the whole new value is new traffic");
        assertEquals(new Usage(9400, 5300), client.usage());
        assertEquals(new KernelCounters(300, 400), client.lastCounters());

        Client.Observation txReset = client.observe(reading(client, 500, 100), NOW);
        assertEquals(new Usage(100, 200), txReset.added(), "only tx went down: rx is still a delta");
        assertEquals(new Usage(9500, 5500), client.usage());
    }

    @Test
    void anIdenticalReadingAddsNothingAndChangesNothing() {
        Client client = newClient("alice", Quota.UNLIMITED);
        Instant handshake = NOW.minusSeconds(30);
        client.observe(reading(client, 10, 20, handshake, ENDPOINT), NOW);

        Client.Observation again = client.observe(reading(client, 10, 20, handshake, ENDPOINT), NOW);

        assertEquals(Usage.NONE, again.added());
        assertFalse(again.changed());
        assertEquals(new Usage(20, 10), client.usage());
    }

    @Test
    void observeTakesTheHandshakeAndEndpointOfTheReading() {
        Client client = newClient("alice", Quota.UNLIMITED);
        Instant handshake = NOW.minusSeconds(10);

        Client.Observation observation = client.observe(reading(client, 0, 0, handshake, ENDPOINT), NOW);

        assertTrue(observation.changed(), "a new handshake is a change even without traffic");
        assertEquals(Usage.NONE, observation.added());
        assertEquals(Optional.of(handshake), client.lastHandshake());
        assertEquals(Optional.of(ENDPOINT), client.endpoint());
        assertTrue(client.isConnectedNow());
    }

    @Test
    void aReadingWithoutHandshakeOrEndpointKeepsTheStoredOnesAndIsNotConnected() {
        Instant earlier = NOW.minusSeconds(20);
        Client client = stored(Quota.UNLIMITED, Usage.NONE, KernelCounters.ZERO, IN_30_DAYS, true, null, earlier, ENDPOINT, true);

        Client.Observation observation = client.observe(reading(client, 0, 0), NOW);

        assertEquals(Optional.of(earlier), client.lastHandshake(), "the last known handshake is kept");
        assertEquals(Optional.of(ENDPOINT), client.endpoint(), "the last known endpoint is kept");
        assertFalse(client.isConnectedNow(), "no handshake in the kernel: not connected");
        assertTrue(observation.changed(), "connected went from true to false");
    }

    @Test
    void aNewEndpointAloneIsAChange() {
        Instant handshake = NOW.minusSeconds(5);
        Client client = stored(Quota.UNLIMITED, Usage.NONE, KernelCounters.ZERO, IN_30_DAYS, true, null, handshake, ENDPOINT, true);

        Client.Observation observation = client.observe(reading(client, 0, 0, handshake, "203.0.113.9:51000"), NOW);

        assertTrue(observation.changed());
        assertEquals(Optional.of("203.0.113.9:51000"), client.endpoint());
    }

    @Test
    void connectedMeansAHandshakeYoungerThan180Seconds() {
        assertEquals(Duration.ofSeconds(180), Client.CONNECTED_WINDOW);
        Client client = newClient("alice", Quota.UNLIMITED);

        client.observe(reading(client, 0, 0, NOW.minusSeconds(179), null), NOW);
        assertTrue(client.isConnectedNow(), "179 s old");

        client.observe(reading(client, 0, 0, NOW.minusSeconds(180), null), NOW);
        assertFalse(client.isConnectedNow(), "exactly 180 s old is no longer younger than 180 s");

        client.observe(reading(client, 0, 0, NOW.minusMillis(179_999), null), NOW);
        assertTrue(client.isConnectedNow());

        client.observe(reading(client, 0, 0, NOW.minusSeconds(3600), null), NOW);
        assertFalse(client.isConnectedNow(), "an hour old");
    }

    @Test
    void connectedIsJudgedAtTheGivenInstantNotAtTheHandshake() {
        Client client = newClient("alice", Quota.UNLIMITED);
        Instant handshake = NOW;
        Client.Observation fresh = client.observe(reading(client, 0, 0, handshake, null), NOW.plusSeconds(60));
        assertTrue(client.isConnectedNow());
        assertTrue(fresh.changed());

        Client.Observation stale = client.observe(reading(client, 0, 0, handshake, null), NOW.plusSeconds(181));
        assertFalse(client.isConnectedNow());
        assertTrue(stale.changed(), "only connected changed, and that is stored");
        assertEquals(Usage.NONE, stale.added());
    }

    // --- peerGone --------------------------------------------------------------------------------

    @Test
    void peerGoneZeroesTheCountersAndClearsConnectedButKeepsUsageHandshakeAndEndpoint() {
        Instant handshake = NOW.minusSeconds(5);
        Client client = stored(Quota.UNLIMITED, new Usage(800, 200), new KernelCounters(200, 800), IN_30_DAYS, true, null,
                handshake, ENDPOINT, true);

        assertTrue(client.peerGone());

        assertEquals(KernelCounters.ZERO, client.lastCounters());
        assertFalse(client.isConnectedNow());
        assertEquals(new Usage(800, 200), client.usage());
        assertEquals(Optional.of(handshake), client.lastHandshake());
        assertEquals(Optional.of(ENDPOINT), client.endpoint());
        assertFalse(client.peerGone(), "a second time nothing changes");
    }

    @Test
    void afterPeerGoneTheNextReadingIsAllNewTraffic() {
        Client client = stored(Quota.UNLIMITED, new Usage(800, 200), new KernelCounters(200, 800), IN_30_DAYS, true, null,
                null, null, false);
        client.peerGone();

        Client.Observation observation = client.observe(reading(client, 900, 50), NOW);

        assertEquals(new Usage(50, 900), observation.added(), "900 > 200 would otherwise be booked as only 700");
        assertEquals(new Usage(850, 1100), client.usage());
    }

    @Test
    void peerGoneOnAClientWithNothingToForgetIsNoChange() {
        assertFalse(newClient("alice", Quota.UNLIMITED).peerGone());
        Client connectedOnly = stored(Quota.UNLIMITED, Usage.NONE, KernelCounters.ZERO, IN_30_DAYS, true, null, NOW, null, true);
        assertTrue(connectedOnly.peerGone(), "connected -> not connected is a change");
    }

    // --- enforceLimits ---------------------------------------------------------------------------

    @Test
    void enforceLimitsDisablesAnExpiredClientWithReasonExpired() {
        Client client = newClient("alice", Quota.UNLIMITED);
        assertEquals(Optional.of(DisabledReason.EXPIRED), client.enforceLimits(IN_30_DAYS));
        assertFalse(client.isEnabled());
        assertEquals(Optional.of(DisabledReason.EXPIRED), client.disabledReason());
    }

    @Test
    void enforceLimitsDisablesAClientOverQuotaWithReasonQuota() {
        Client client = newClient("alice", new Quota(1000));
        client.observe(reading(client, 400, 600), NOW);
        assertEquals(Optional.of(DisabledReason.QUOTA), client.enforceLimits(NOW));
        assertFalse(client.isEnabled());
        assertEquals(Optional.of(DisabledReason.QUOTA), client.disabledReason());
        assertFalse(client.isConnectedNow());
    }

    @Test
    void expiredBeatsQuotaWhenBothApply() {
        Client client = newClient("alice", new Quota(1000));
        client.observe(reading(client, 5000, 5000), NOW);
        assertEquals(Optional.of(DisabledReason.EXPIRED), client.enforceLimits(IN_30_DAYS.plusSeconds(1)));
        assertEquals(Optional.of(DisabledReason.EXPIRED), client.disabledReason());
    }

    @Test
    void enforceLimitsLeavesAClientWithinItsLimitsAlone() {
        Client client = newClient("alice", new Quota(1000));
        client.observe(reading(client, 400, 599), NOW);
        assertEquals(Optional.empty(), client.enforceLimits(IN_30_DAYS.minusNanos(1)));
        assertTrue(client.isEnabled());
        assertEquals(Optional.empty(), client.disabledReason());
    }

    @ParameterizedTest
    @EnumSource(DisabledReason.class)
    void enforceLimitsNeverTouchesAClientThatIsAlreadyDisabled(DisabledReason reason) {
        Client client = disabled(reason, NOW.minusSeconds(1), new Usage(5000, 5000), new Quota(10));
        assertEquals(Optional.empty(), client.enforceLimits(NOW));
        assertFalse(client.isEnabled());
        assertEquals(Optional.of(reason), client.disabledReason(), "the original reason is kept");
    }

    // --- startNewUsagePeriod ---------------------------------------------------------------------

    @Test
    void aNewUsagePeriodResetsUsageButKeepsTheKernelCounters() {
        Client client = stored(new Quota(10_000), new Usage(3000, 1000), new KernelCounters(1000, 3000), IN_30_DAYS, true,
                null, null, null, false);

        assertFalse(client.startNewUsagePeriod(NOW), "it was enabled: nothing to re-enable");

        assertEquals(Usage.NONE, client.usage());
        assertEquals(new KernelCounters(1000, 3000), client.lastCounters(), "the next delta is still taken from the kernel");
        assertTrue(client.isEnabled());
    }

    @Test
    void aNewUsagePeriodReEnablesAClientDisabledForQuota() {
        Client client = disabled(DisabledReason.QUOTA, IN_30_DAYS, new Usage(900, 100), new Quota(1000));

        assertTrue(client.startNewUsagePeriod(NOW));

        assertTrue(client.isEnabled());
        assertEquals(Optional.empty(), client.disabledReason());
        assertEquals(Usage.NONE, client.usage());
        assertFalse(client.isOverQuota());
    }

    @Test
    void aNewUsagePeriodDoesNotReEnableAQuotaDisabledClientThatHasExpiredMeanwhile() {
        Client client = disabled(DisabledReason.QUOTA, NOW, new Usage(900, 100), new Quota(1000));

        assertFalse(client.startNewUsagePeriod(NOW), "expired at this very instant");

        assertFalse(client.isEnabled());
        assertEquals(Optional.of(DisabledReason.QUOTA), client.disabledReason());
        assertEquals(Usage.NONE, client.usage(), "usage is reset all the same");
    }

    @ParameterizedTest
    @EnumSource(value = DisabledReason.class, names = {"MANUAL", "EXPIRED", "BANNED"})
    void aNewUsagePeriodNeverReEnablesAClientDisabledForAnotherReason(DisabledReason reason) {
        Client client = disabled(reason, IN_30_DAYS, new Usage(900, 100), new Quota(1000));

        assertFalse(client.startNewUsagePeriod(NOW));

        assertFalse(client.isEnabled());
        assertEquals(Optional.of(reason), client.disabledReason());
        assertEquals(Usage.NONE, client.usage());
    }
}
