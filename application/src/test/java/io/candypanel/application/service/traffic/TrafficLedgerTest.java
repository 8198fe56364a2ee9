package io.candypanel.application.service.traffic;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static io.candypanel.application.fakes.TestKernel.peer;
import static io.candypanel.application.fakes.TestKernel.running;
import static io.candypanel.application.fakes.TestKernel.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.sync.SyncReport.DisabledClient;
import io.candypanel.application.service.traffic.TrafficLedger.Policy;
import io.candypanel.application.service.traffic.TrafficLedger.Result;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrafficLedgerTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final TrafficLedger ledger = new TrafficLedger(unitOfWork, clients, interfaces, settings, clock);
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.client("bob", 0, "10.0.0.3", IN_30_DAYS, new Quota(1000), Usage.NONE, true, null, false));
        clients.insert(TestData.enabledClient("carol", 1, "10.1.0.2"));
        settings.saveAll(Map.of(SettingKey.BANDWIDTH, "1000"));
    }

    private Client stored(String name) {
        return clients.stored(name).orElseThrow();
    }

    private long bandwidth() {
        return settings.load().bandwidthBytes();
    }

    /** Every client's peer on its interface, with these counters (rx, tx) per name; others at zero. */
    private KernelSnapshot kernelWith(Map<String, long[]> counters) {
        return snapshot(clock.instant(), runningWithEnabledPeers(wg0, counters), runningWithEnabledPeers(wg1, counters));
    }

    private InterfaceReading runningWithEnabledPeers(WgInterface wgInterface, Map<String, long[]> counters) {
        return running(wgInterface, clients.findEnabledOn(wgInterface.id()).stream()
                .map(c -> {
                    long[] rxTx = counters.getOrDefault(c.name().value(), new long[2]);
                    return peer(c, rxTx[0], rxTx[1]);
                })
                .toArray(PeerReading[]::new));
    }

    // --- booking ---------------------------------------------------------------------------------

    @Test
    void booksExactUsageFromASnapshotAndAddsTheTotalToBandwidth() {
        Result result = ledger.book(kernelWith(Map.of("alice", new long[] {300, 7000}, "bob", new long[] {10, 20},
                "carol", new long[] {5, 6})), Policy.BOOK_ONLY);

        assertEquals(new Usage(7000, 300), stored("alice").usage());
        assertEquals(new KernelCounters(300, 7000), stored("alice").lastCounters());
        assertEquals(new Usage(20, 10), stored("bob").usage());
        assertEquals(new Usage(6, 5), stored("carol").usage());
        assertEquals(7341, result.bytesCounted());
        assertEquals(3, result.clientsUpdated());
        assertEquals(1000 + 7341, bandwidth(), "bandwidth grows by exactly the booked total");
        assertEquals(1, unitOfWork.transactions(), "one transaction per snapshot");
        assertEquals(List.of(List.of("alice", "bob", "carol")), clients.updateAllCalls(), "one batch, not one update per client");
    }

    @Test
    void aSecondSnapshotBooksOnlyTheDelta() {
        ledger.book(kernelWith(Map.of("alice", new long[] {300, 7000})), Policy.BOOK_ONLY);
        Result second = ledger.book(kernelWith(Map.of("alice", new long[] {350, 9000})), Policy.BOOK_ONLY);

        assertEquals(2050, second.bytesCounted());
        assertEquals(new Usage(9000, 350), stored("alice").usage());
        assertEquals(1000 + 7300 + 2050, bandwidth());
    }

    @Test
    void aCounterResetIsBookedAsNewTraffic() {
        ledger.book(kernelWith(Map.of("alice", new long[] {5000, 9000})), Policy.BOOK_ONLY);
        Result afterRestart = ledger.book(kernelWith(Map.of("alice", new long[] {100, 200})), Policy.BOOK_ONLY);
        assertEquals(300, afterRestart.bytesCounted());
        assertEquals(new Usage(9200, 5100), stored("alice").usage());
    }

    @Test
    void handshakeEndpointAndConnectedAreStored() {
        Client alice = stored("alice");
        Instant handshake = NOW.minusSeconds(30);
        ledger.book(snapshot(NOW, running(wg0, peer(alice, 0, 0, handshake, "198.51.100.4:1234"))), Policy.BOOK_ONLY);

        Client after = stored("alice");
        assertEquals(Optional.of(handshake), after.lastHandshake());
        assertEquals(Optional.of("198.51.100.4:1234"), after.endpoint());
        assertTrue(after.isConnectedNow());
    }

    @Test
    void aClientWhosePeerIsAbsentHasItsLastCountersZeroedAndUsageKept() {
        clients.insert(TestData.client("dave", 0, "10.0.0.9", IN_30_DAYS, Quota.UNLIMITED, new Usage(800, 200), true, null, true));
        clients.insert(TestData.client("erin", 1, "10.1.0.9", IN_30_DAYS, Quota.UNLIMITED, new Usage(50, 40), true, null, false));
        assertEquals(new KernelCounters(200, 800), stored("dave").lastCounters());
        Client alice = stored("alice");
        // wg0 runs without dave's peer; wg1 is not running at all.
        Result result = ledger.book(snapshot(NOW, running(wg0, peer(alice, 0, 0))), Policy.BOOK_ONLY);

        Client dave = stored("dave");
        assertEquals(KernelCounters.ZERO, dave.lastCounters());
        assertFalse(dave.isConnectedNow());
        assertEquals(new Usage(800, 200), dave.usage(), "usage is never lost");
        assertEquals(KernelCounters.ZERO, stored("erin").lastCounters(), "an interface that is down holds no counters");
        assertEquals(new Usage(50, 40), stored("erin").usage());
        assertEquals(0, result.bytesCounted());
        assertEquals(1000, bandwidth());
        assertEquals(List.of(List.of("dave", "erin")), clients.updateAllCalls(),
                "only the clients whose counters or state changed are written");
    }

    @Test
    void aPeerIsBookedOnlyOnItsOwnInterface() {
        Client alice = stored("alice");
        // alice's key shows up under wg1 and under an interface the panel does not manage, never under wg0.
        InterfaceReading foreign = new InterfaceReading("wg-ops", new WgKeyGenerator(new SecureRandom()).newKeyPair().publicKey(),
                1000, List.of(peer(alice, 999, 999)));
        ledger.book(snapshot(NOW, running(wg0), running(wg1, peer(alice, 500, 500)), foreign), Policy.BOOK_ONLY);

        assertEquals(Usage.NONE, stored("alice").usage());
        assertEquals(1000, bandwidth());
    }

    @Test
    void onlyChangedClientsArePassedToUpdateAllAndAnIdenticalSnapshotUpdatesNothing() {
        Instant handshake = NOW.minusSeconds(10);
        KernelSnapshot first = snapshot(NOW,
                running(wg0, peer(stored("alice"), 10, 20, handshake, "198.51.100.4:1"), peer(stored("bob"), 0, 0)),
                running(wg1, peer(stored("carol"), 1, 1)));

        Result booked = ledger.book(first, Policy.BOOK_AND_ENFORCE);
        assertEquals(2, booked.clientsUpdated(), "alice (traffic, handshake) and carol (traffic); bob had nothing new");
        assertEquals(2, clients.clientsPassedToUpdateAll());
        long bandwidthAfterFirst = bandwidth();

        Result again = ledger.book(first, Policy.BOOK_AND_ENFORCE);
        assertEquals(0, again.clientsUpdated());
        assertEquals(0, again.bytesCounted());
        assertEquals(2, clients.clientsPassedToUpdateAll(), "a second identical snapshot updates nothing");
        assertEquals(bandwidthAfterFirst, bandwidth());
    }

    // --- enforcement -----------------------------------------------------------------------------

    @Test
    void enforcementDisablesExpiredAndOverQuotaClientsInTheSameTransactionAndListsThem() {
        clients.insert(TestData.client("dave", 1, "10.1.0.3", NOW.minusSeconds(1), Quota.UNLIMITED, Usage.NONE, true, null, false));
        clients.insert(TestData.client("erin", 1, "10.1.0.4", NOW.minusSeconds(1), new Quota(1), new Usage(5, 5), true, null,
                false));
        clients.insert(TestData.disabledClient("frank", 0, "10.0.0.9", DisabledReason.MANUAL));

        Result result = ledger.book(kernelWith(Map.of("bob", new long[] {400, 600}, "alice", new long[] {1, 1})),
                Policy.BOOK_AND_ENFORCE);

        assertEquals(List.of(new DisabledClient("bob", DisabledReason.QUOTA), new DisabledClient("dave", DisabledReason.EXPIRED),
                new DisabledClient("erin", DisabledReason.EXPIRED)), result.disabled(), "expired beats quota");
        assertEquals(1, unitOfWork.transactions(), "booking and enforcement are one transaction");
        assertFalse(stored("bob").isEnabled());
        assertEquals(Optional.of(DisabledReason.QUOTA), stored("bob").disabledReason());
        assertEquals(new Usage(600, 400), stored("bob").usage(), "the bytes that crossed the quota are booked");
        assertEquals(Optional.of(DisabledReason.EXPIRED), stored("dave").disabledReason());
        assertEquals(Optional.of(DisabledReason.EXPIRED), stored("erin").disabledReason());
        assertEquals(Optional.of(DisabledReason.MANUAL), stored("frank").disabledReason(), "a disabled client keeps its reason");
        assertTrue(stored("alice").isEnabled());
        assertTrue(stored("carol").isEnabled());
        assertEquals(Set.of(new InterfaceId(0), new InterfaceId(1)), result.interfacesWithNewDesiredState());
    }

    @Test
    void bookOnlyNeverEnforces() {
        clients.insert(TestData.client("dave", 1, "10.1.0.3", NOW.minusSeconds(1), Quota.UNLIMITED, Usage.NONE, true, null, false));

        Result result = ledger.book(kernelWith(Map.of("bob", new long[] {400, 600})), Policy.BOOK_ONLY);

        assertEquals(List.of(), result.disabled());
        assertEquals(Set.of(), result.interfacesWithNewDesiredState());
        assertTrue(stored("bob").isEnabled(), "over quota, but only a sync tick enforces");
        assertTrue(stored("bob").isOverQuota());
        assertTrue(stored("dave").isEnabled());
    }

    @Test
    void nothingToEnforceChangesNoDesiredState() {
        Result result = ledger.book(kernelWith(Map.of("bob", new long[] {100, 100})), Policy.BOOK_AND_ENFORCE);
        assertEquals(List.of(), result.disabled());
        assertEquals(Set.of(), result.interfacesWithNewDesiredState());
        assertEquals(0, result.reEnabled());
    }

    // --- monthly reset (traffic_reset_day) ---------------------------------------------------------

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private void quotaDisabledClients() {
        clients.insert(TestData.client("quota", 0, "10.0.0.20", IN_30_DAYS.plus(Duration.ofDays(90)), new Quota(1000),
                new Usage(900, 100), false, DisabledReason.QUOTA, false));
        clients.insert(TestData.client("quota-expired", 0, "10.0.0.21", NOW.plus(Duration.ofDays(10)), new Quota(1000),
                new Usage(900, 100), false, DisabledReason.QUOTA, false));
        clients.insert(TestData.client("manual", 0, "10.0.0.22", IN_30_DAYS.plus(Duration.ofDays(90)), new Quota(1000),
                new Usage(900, 100), false, DisabledReason.MANUAL, false));
        clients.insert(TestData.client("busy", 0, "10.0.0.23", IN_30_DAYS.plus(Duration.ofDays(90)), Quota.UNLIMITED,
                new Usage(5000, 5000), true, null, false));
    }

    @Test
    void theFirstTickWithAResetDayOnlyRecordsTheMonth() {
        quotaDisabledClients();
        settings.saveAll(Map.of(SettingKey.TRAFFIC_RESET_DAY, "1"));   // today is the 1st, and still nothing is wiped

        Result result = ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);

        assertEquals("2025-03", settings.load().get(SettingKey.LAST_TRAFFIC_RESET));
        assertEquals(0, result.reEnabled());
        assertEquals(new Usage(5000, 5000), stored("busy").usage());
        assertFalse(stored("quota").isEnabled());
    }

    @Test
    void noResetDayNoCalendar() {
        ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);
        assertEquals("", settings.load().get(SettingKey.LAST_TRAFFIC_RESET));
        assertFalse(settings.rows().containsKey(SettingKey.LAST_TRAFFIC_RESET));
    }

    @Test
    void aLaterMonthOnOrAfterTheDayResetsUsageAndReEnablesQuotaDisabledClientsOnce() {
        quotaDisabledClients();
        settings.saveAll(Map.of(SettingKey.TRAFFIC_RESET_DAY, "5"));
        ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);                      // 2025-03-01: calendar starts

        moveTo("2025-03-20T00:00:00Z");
        assertEquals(0, ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE).reEnabled(), "same month: nothing");
        assertEquals(new Usage(5000, 5000), stored("busy").usage());

        moveTo("2025-04-04T23:59:59Z");
        assertEquals(0, ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE).reEnabled(), "before the day: nothing");
        assertEquals(new Usage(5000, 5000), stored("busy").usage());
        assertEquals("2025-03", settings.load().get(SettingKey.LAST_TRAFFIC_RESET));

        moveTo("2025-04-05T00:00:00Z");
        Result reset = ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);

        assertEquals(1, reset.reEnabled());
        assertEquals("2025-04", settings.load().get(SettingKey.LAST_TRAFFIC_RESET));
        assertEquals(Usage.NONE, stored("busy").usage());
        assertTrue(stored("busy").isEnabled());
        assertTrue(stored("quota").isEnabled(), "disabled only for quota: enabled again");
        assertEquals(Optional.empty(), stored("quota").disabledReason());
        assertEquals(Usage.NONE, stored("quota").usage());
        assertFalse(stored("quota-expired").isEnabled(), "expired meanwhile: stays disabled");
        assertEquals(Usage.NONE, stored("quota-expired").usage());
        assertFalse(stored("manual").isEnabled(), "disabled by the admin: stays disabled");
        assertEquals(Optional.of(DisabledReason.MANUAL), stored("manual").disabledReason());
        assertTrue(reset.interfacesWithNewDesiredState().contains(new InterfaceId(0)));
        assertEquals(List.of(), reset.disabled(), "the re-enabled client is within its quota again");

        // Later the same month: no second reset.
        clients.update(withUsage(stored("busy"), new Usage(70, 30)));
        moveTo("2025-04-28T00:00:00Z");
        Result later = ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);
        assertEquals(0, later.reEnabled());
        assertEquals(new Usage(70, 30), stored("busy").usage(), "not twice in a month");

        moveTo("2025-05-05T08:00:00Z");
        ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);
        assertEquals(Usage.NONE, stored("busy").usage(), "and again the next month");
        assertEquals("2025-05", settings.load().get(SettingKey.LAST_TRAFFIC_RESET));
    }

    /**
     * The reset day passed while the panel was down, and the next tick is early in the following
     * month: that period is over and its reset is due. Fails today: TrafficLedger.monthlyResetDue
     * only compares today's day-of-month with the reset day, so February's reset (day 28) is
     * skipped and the period runs from Jan 28 to Mar 28.
     */
    @Test
    void aResetDayMissedWhileThePanelWasDownIsCaughtUpByTheNextTick() {
        quotaDisabledClients();
        settings.saveAll(Map.of(SettingKey.TRAFFIC_RESET_DAY, "28", SettingKey.LAST_TRAFFIC_RESET, "2025-01"));
        moveTo("2025-03-01T06:00:00Z");   // the panel was down from Feb 27 until now

        Result result = ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);

        assertEquals(Usage.NONE, stored("busy").usage(), "the Feb 28 reset is overdue");
        assertEquals(2, result.reEnabled(), "both quota-disabled clients (neither has expired by Mar 1)");
        assertTrue(stored("quota").isEnabled());
        assertFalse(stored("manual").isEnabled());
        assertEquals("2025-02", settings.load().get(SettingKey.LAST_TRAFFIC_RESET), "the period that was reset");

        // ...and March's own reset still happens on the 28th.
        clients.update(withUsage(stored("busy"), new Usage(70, 30)));
        moveTo("2025-03-28T00:00:00Z");
        ledger.book(kernelWith(Map.of()), Policy.BOOK_AND_ENFORCE);
        assertEquals(Usage.NONE, stored("busy").usage());
        assertEquals("2025-03", settings.load().get(SettingKey.LAST_TRAFFIC_RESET));
    }

    @Test
    void theResetOnlyHappensInASyncTickNeverWhenOnlyBooking() {
        quotaDisabledClients();
        settings.saveAll(Map.of(SettingKey.TRAFFIC_RESET_DAY, "5", SettingKey.LAST_TRAFFIC_RESET, "2025-02"));
        moveTo("2025-03-06T00:00:00Z");

        Result result = ledger.book(kernelWith(Map.of()), Policy.BOOK_ONLY);

        assertEquals(0, result.reEnabled());
        assertEquals(new Usage(5000, 5000), stored("busy").usage());
        assertEquals("2025-02", settings.load().get(SettingKey.LAST_TRAFFIC_RESET));
    }

    private static Client withUsage(Client c, Usage usage) {
        return Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(), c.expiresAt(),
                c.quota(), usage, c.lastCounters(), c.note(), c.isEnabled(), c.disabledReason().orElse(null),
                c.lastHandshake().orElse(null), c.endpoint().orElse(null), c.isConnectedNow(), c.shareToken().orElse(null));
    }
}
