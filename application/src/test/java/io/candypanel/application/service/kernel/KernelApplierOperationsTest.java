package io.candypanel.application.service.kernel;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static io.candypanel.application.fakes.TestKernel.peer;
import static io.candypanel.application.fakes.TestKernel.running;
import static io.candypanel.application.fakes.TestKernel.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.RecordingWireGuard.Call;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kernel operations of {@link KernelApplier}, against the recording WireGuardPort. */
class KernelApplierOperationsTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final KernelApplier kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        clients.insert(TestData.client("alice", 0, "10.0.0.2", IN_30_DAYS, Quota.UNLIMITED, new Usage(1000, 100), true, null,
                true));
        clients.insert(TestData.disabledClient("bob", 0, "10.0.0.3", DisabledReason.BANNED));
        clients.insert(TestData.enabledClient("carol", 0, "10.0.0.4"));
        clients.insert(TestData.client("dave", 1, "10.1.0.2", IN_30_DAYS, Quota.UNLIMITED, new Usage(500, 50), true, null, true));
    }

    private Client stored(String name) {
        return clients.stored(name).orElseThrow();
    }

    private Call onlyChange() {
        List<Call> changes = wireGuard.changes();
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    // --- withCountersBooked --------------------------------------------------------------------

    @Test
    void withCountersBookedReadsTheKernelOnceAndBooksBeforeRunningTheWork() {
        Client alice = stored("alice");   // last counters (100, 1000)
        wireGuard.setSnapshot(snapshot(NOW, running(wg0, peer(alice, 150, 1600), peer(stored("carol"), 7, 3)),
                running(wg1, peer(stored("dave"), 50, 500))));
        AtomicReference<Usage> seenByTheWork = new AtomicReference<>();
        AtomicReference<List<String>> callsSeenByTheWork = new AtomicReference<>();

        String result = kernel.withCountersBooked(() -> {
            seenByTheWork.set(stored("alice").usage());
            callsSeenByTheWork.set(wireGuard.briefs());
            return "done";
        });

        assertEquals("done", result);
        assertEquals(new Usage(1600, 150), seenByTheWork.get(), "the work sees the traffic already booked");
        assertEquals(List.of("readAll"), callsSeenByTheWork.get());
        assertEquals(List.of("readAll"), wireGuard.briefs(), "one read, no other kernel call");
        assertEquals(new Usage(3, 7), stored("carol").usage());
        assertEquals(Long.toString(650 + 10), settings.load().get(SettingKey.BANDWIDTH), "alice 650, carol 10, dave 0");
    }

    @Test
    void withCountersBookedOnlyBooksItNeverEnforces() {
        clients.insert(TestData.client("erin", 1, "10.1.0.9", NOW.minusSeconds(1), new Quota(1), new Usage(9, 9), true, null,
                false));
        kernel.withCountersBooked(() -> null);
        assertTrue(stored("erin").isEnabled(), "expired and over quota, but only a sync tick disables");
    }

    @Test
    void whenTheKernelCannotBeReadTheWorkStillRunsAndTheFailureIsAnAlertUntilTheNextRead() {
        wireGuard.failOn(RecordingWireGuard.READ_ALL, null, new KernelOperationException("wg show: Operation not permitted"));

        String result = kernel.withCountersBooked(() -> "ran");

        assertEquals("ran", result);
        assertEquals(new Usage(1000, 100), stored("alice").usage(), "nothing booked");
        assertEquals(List.of(NOW + " Reading WireGuard counters failed: wg show: Operation not permitted"), kernel.alerts());

        wireGuard.stopFailing();
        assertTrue(kernel.readKernel().isPresent());
        assertEquals(List.of(), kernel.alerts());
    }

    // --- single operations -----------------------------------------------------------------------

    @Test
    void applyAppliesTheWholeInterfaceWithItsEnabledPeers() {
        KernelOutcome outcome = kernel.apply(wg0.id());

        assertTrue(outcome.applied(), outcome.message());
        assertEquals("WireGuard wg0 updated.", outcome.message());
        Call call = onlyChange();
        assertEquals("apply wg0", call.brief());
        assertEquals(List.of("alice", "carol"), call.enabledPeers());
    }

    @Test
    void addPeerAddsThatClientWithTheEnabledPeersForTheConfigFile() {
        Client carol = stored("carol");

        KernelOutcome outcome = kernel.addPeer(carol);

        assertTrue(outcome.applied(), outcome.message());
        assertEquals("WireGuard wg0 peer added.", outcome.message());
        Call call = onlyChange();
        assertEquals("addPeer wg0", call.brief());
        assertEquals("carol", call.peer());
        assertEquals(carol.keys().publicKey(), call.peerKey());
        assertEquals(List.of("alice", "carol"), call.enabledPeers());
    }

    @Test
    void removePeerRemovesThatKeyAndPassesTheRemainingEnabledPeers() {
        Client carol = stored("carol");
        carol.disable(DisabledReason.MANUAL);
        clients.update(carol);

        KernelOutcome outcome = kernel.removePeer(wg0.id(), carol.keys().publicKey());

        assertTrue(outcome.applied(), outcome.message());
        assertEquals("WireGuard wg0 peer removed.", outcome.message());
        Call call = onlyChange();
        assertEquals("removePeer wg0", call.brief());
        assertEquals(carol.keys().publicKey(), call.peerKey());
        assertNull(call.peer());
        assertEquals(List.of("alice"), call.enabledPeers());
    }

    @Test
    void restartRestartsWithTheEnabledPeersAndZeroesTheCountersOfThatInterfacesClientsOnly() {
        KernelOutcome outcome = kernel.restart(wg0.id());

        assertTrue(outcome.applied(), outcome.message());
        assertEquals("WireGuard wg0 restarted.", outcome.message());
        Call call = onlyChange();
        assertEquals("restart wg0", call.brief());
        assertEquals(List.of("alice", "carol"), call.enabledPeers());
        assertEquals(KernelCounters.ZERO, stored("alice").lastCounters(), "the kernel's counters start again at zero");
        assertFalse(stored("alice").isConnectedNow());
        assertEquals(new Usage(1000, 100), stored("alice").usage(), "usage is kept");
        assertEquals(new KernelCounters(50, 500), stored("dave").lastCounters(), "wg1 was not restarted");
        assertTrue(stored("dave").isConnectedNow());
    }

    @Test
    void aFailedRestartKeepsTheCounters() {
        wireGuard.failOn(RecordingWireGuard.RESTART, "wg0", new KernelOperationException("wg-quick down wg0 failed"));

        KernelOutcome outcome = kernel.restart(wg0.id());

        assertFalse(outcome.applied());
        assertEquals("Applying wg0 to WireGuard failed: wg-quick down wg0 failed", outcome.message());
        assertEquals(new KernelCounters(100, 1000), stored("alice").lastCounters(), "the kernel may still hold them");
        assertTrue(stored("alice").isConnectedNow());
        assertEquals(1, kernel.alerts().size());
    }

    @Test
    void removeInterfaceTakesItOutOfWireGuard() {
        KernelOutcome outcome = kernel.removeInterface(wg1);

        assertTrue(outcome.applied(), outcome.message());
        assertEquals("WireGuard wg1 removed.", outcome.message());
        assertEquals("removeInterface wg1", onlyChange().brief());
    }

    @Test
    void aFailedRemovalIsAnAlertClearedByALaterSuccess() {
        wireGuard.failOn(RecordingWireGuard.REMOVE_INTERFACE, "wg1", new KernelOperationException("busy"));
        KernelOutcome failed = kernel.removeInterface(wg1);
        assertFalse(failed.applied());
        assertEquals("Removing wg1 from WireGuard failed: busy", failed.message());
        assertEquals(List.of(NOW + " Removing wg1 from WireGuard failed: busy"), kernel.alerts());

        wireGuard.stopFailing();
        assertTrue(kernel.removeInterface(wg1).applied());
        assertEquals(List.of(), kernel.alerts());
    }

    @Test
    void anOperationOnAVanishedInterfaceNeedsNothing() {
        Client ghost = TestData.enabledClient("ghost", 7, "10.7.0.2");
        assertTrue(kernel.addPeer(ghost).applied());
        assertTrue(kernel.removePeer(new InterfaceId(7), ghost.keys().publicKey()).applied());
        KernelOutcome restart = kernel.restart(new InterfaceId(7));
        assertTrue(restart.applied());
        assertTrue(restart.message().contains("wg7 no longer exists"), restart.message());
        assertEquals(List.of(), wireGuard.calls());
    }

    // --- failures and alerts -----------------------------------------------------------------------

    @Test
    void failuresOfAnyOperationBecomeFailedOutcomesAndAlertsAndALaterSuccessOnTheSameInterfaceClearsThem() {
        wireGuard.failOn(RecordingWireGuard.ADD_PEER, "wg0", new KernelOperationException("wg set wg0 failed"));
        wireGuard.failOn(RecordingWireGuard.REMOVE_PEER, "wg0", new KernelOperationException("wg set remove failed"));
        wireGuard.failOn(RecordingWireGuard.APPLY, "wg1", new KernelOperationException("wg syncconf wg1 failed"));

        KernelOutcome added = kernel.addPeer(stored("carol"));
        clock.advance(Duration.ofSeconds(1));
        KernelOutcome removed = kernel.removePeer(wg0.id(), stored("alice").keys().publicKey());
        clock.advance(Duration.ofSeconds(1));
        KernelOutcome applied = kernel.apply(wg1.id());

        assertFalse(added.applied());
        assertEquals("Applying wg0 to WireGuard failed: wg set wg0 failed", added.message());
        assertFalse(removed.applied());
        assertFalse(applied.applied());
        assertEquals(List.of(
                NOW + " Applying wg0 to WireGuard failed: wg set wg0 failed",
                NOW.plusSeconds(1) + " Applying wg0 to WireGuard failed: wg set remove failed",
                NOW.plusSeconds(2) + " Applying wg1 to WireGuard failed: wg syncconf wg1 failed"), kernel.alerts());

        // A full apply of wg0 succeeds: wg0's alerts go, wg1's stays.
        assertTrue(kernel.apply(wg0.id()).applied());
        assertEquals(List.of(NOW.plusSeconds(2) + " Applying wg1 to WireGuard failed: wg syncconf wg1 failed"), kernel.alerts());
    }

    @Test
    void aSuccessfulRestartAlsoClearsItsInterfacesAlerts() {
        wireGuard.failOn(RecordingWireGuard.APPLY, "wg0", new KernelOperationException("down"));
        kernel.apply(wg0.id());
        assertEquals(1, kernel.alerts().size());

        assertTrue(kernel.restart(wg0.id()).applied());
        assertEquals(List.of(), kernel.alerts());
    }
}
