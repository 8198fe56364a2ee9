package io.candypanel.application.service.kernel;

import static io.candypanel.application.fakes.TestData.NOW;
import static io.candypanel.application.fakes.TestKernel.peer;
import static io.candypanel.application.fakes.TestKernel.running;
import static io.candypanel.application.fakes.TestKernel.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation: every interface that differs from the database gets exactly one full apply;
 * an interface that matches is not touched.
 */
class KernelApplierReconcileTest {
    private static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final KernelApplier kernel = TestKernel.applier(interfaces, clients, new InMemorySettingsRepository(),
            new DirectUnitOfWork(), wireGuard, clock);
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);
    private final WgInterface wg2 = WgInterface.restore(new InterfaceId(2), KEYS.newKeyPair(), new ListenPort(51822),
            Ipv4Cidr.parse("10.2.0.1/24"), Mtu.DEFAULT, false);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        interfaces.insert(wg2);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.disabledClient("bob", 0, "10.0.0.3", DisabledReason.MANUAL));
        clients.insert(TestData.enabledClient("carol", 0, "10.0.0.4"));
        clients.insert(TestData.enabledClient("dave", 1, "10.1.0.2"));
        clients.insert(TestData.enabledClient("erin", 2, "10.2.0.2"));
    }

    private Client stored(String name) {
        return clients.stored(name).orElseThrow();
    }

    /** The kernel exactly as the database wants it: wg0 and wg1 up with their enabled peers, wg2 down. */
    private InterfaceReading wg0AsWanted() {
        return running(wg0, List.of(stored("alice"), stored("carol")));
    }

    private InterfaceReading wg1AsWanted() {
        return running(wg1, List.of(stored("dave")));
    }

    private List<String> reconcile(KernelSnapshot snapshot) {
        return kernel.reconcile(snapshot, Set.of());
    }

    private void assertOneApplyOf(String name, List<String> actions, String drift) {
        assertEquals(List.of(name + ": " + drift + " (fixed)"), actions);
        assertEquals(List.of("apply " + name), wireGuard.briefs(), "exactly one apply of " + name + " and nothing else");
    }

    @Test
    void aMatchingKernelIsNotTouched() {
        List<String> actions = reconcile(snapshot(NOW, wg0AsWanted(), wg1AsWanted()));
        assertEquals(List.of(), actions);
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void countersHandshakesAndEndpointsAreNoDrift() {
        InterfaceReading busy = running(wg0, peer(stored("alice"), 123, 456, NOW, "198.51.100.1:9"), peer(stored("carol"), 9, 9));
        assertEquals(List.of(), reconcile(snapshot(NOW, busy, wg1AsWanted())));
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void interfacesThePanelDoesNotManageAreIgnored() {
        InterfaceReading foreign = new InterfaceReading("wg-ops", KEYS.newKeyPair().publicKey(), 1000,
                List.of(peer(stored("alice"), 1, 1)));
        InterfaceReading eth = new InterfaceReading("wg7", KEYS.newKeyPair().publicKey(), 1001, List.of());
        assertEquals(List.of(), reconcile(snapshot(NOW, wg0AsWanted(), wg1AsWanted(), foreign, eth)));
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void configOnlyModeDoesNothing() {
        wireGuard.setMode(KernelStatus.Mode.CONFIG_ONLY);
        // Everything differs: nothing runs at all.
        List<String> actions = reconcile(KernelSnapshot.empty(NOW));
        assertEquals(List.of(), actions);
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void aMissingPeerCausesOneApply() {
        List<String> actions = reconcile(snapshot(NOW, running(wg0, List.of(stored("alice"))), wg1AsWanted()));
        assertOneApplyOf("wg0", actions, "1 peer(s) missing, 0 stray, 0 misconfigured");
        assertEquals(List.of("alice", "carol"), wireGuard.calls().get(0).enabledPeers());
    }

    @Test
    void aStrayPeerCausesOneApply() {
        // bob is disabled but his peer is still in the kernel.
        List<String> actions = reconcile(snapshot(NOW,
                running(wg0, List.of(stored("alice"), stored("bob"), stored("carol"))), wg1AsWanted()));
        assertOneApplyOf("wg0", actions, "0 peer(s) missing, 1 stray, 0 misconfigured");
    }

    @Test
    void anUnknownPeerIsStrayToo() {
        PeerReading stranger = new PeerReading(KEYS.newKeyPair().publicKey(), Optional.empty(), Optional.empty(), 0, 0,
                List.of("10.1.0.99/32"), true);
        List<String> actions = reconcile(snapshot(NOW, wg0AsWanted(),
                running(wg1, peer(stored("dave"), 0, 0), stranger)));
        assertOneApplyOf("wg1", actions, "0 peer(s) missing, 1 stray, 0 misconfigured");
    }

    @Test
    void wrongAllowedIpsCauseOneApply() {
        Client alice = stored("alice");
        PeerReading wrongRoute = new PeerReading(alice.keys().publicKey(), Optional.empty(), Optional.empty(), 0, 0,
                List.of("10.0.0.0/24"), true);
        List<String> actions = reconcile(snapshot(NOW, running(wg0, wrongRoute, peer(stored("carol"), 0, 0)), wg1AsWanted()));
        assertOneApplyOf("wg0", actions, "0 peer(s) missing, 0 stray, 1 misconfigured");
    }

    @Test
    void anExtraAllowedIpIsWrongToo() {
        Client alice = stored("alice");
        PeerReading extraRoute = new PeerReading(alice.keys().publicKey(), Optional.empty(), Optional.empty(), 0, 0,
                List.of("10.0.0.2/32", "0.0.0.0/0"), true);
        List<String> actions = reconcile(snapshot(NOW, running(wg0, extraRoute, peer(stored("carol"), 0, 0)), wg1AsWanted()));
        assertOneApplyOf("wg0", actions, "0 peer(s) missing, 0 stray, 1 misconfigured");
    }

    @Test
    void aPeerWithoutItsPresharedKeyIsMisconfigured() {
        Client carol = stored("carol");
        PeerReading noPsk = new PeerReading(carol.keys().publicKey(), Optional.empty(), Optional.empty(), 0, 0,
                List.of("10.0.0.4/32"), false);
        List<String> actions = reconcile(snapshot(NOW, running(wg0, peer(stored("alice"), 0, 0), noPsk), wg1AsWanted()));
        assertOneApplyOf("wg0", actions, "0 peer(s) missing, 0 stray, 1 misconfigured");
    }

    @Test
    void severalDifferencesOnOneInterfaceStillCauseOneApply() {
        Client alice = stored("alice");
        PeerReading wrongRoute = new PeerReading(alice.keys().publicKey(), Optional.empty(), Optional.empty(), 0, 0,
                List.of("10.0.0.77/32"), true);
        List<String> actions = reconcile(snapshot(NOW, running(wg0, wrongRoute, peer(stored("bob"), 0, 0)), wg1AsWanted()));
        assertOneApplyOf("wg0", actions, "1 peer(s) missing, 1 stray, 1 misconfigured");
    }

    @Test
    void aWrongListenPortCausesOneApply() {
        InterfaceReading wrongPort = new InterfaceReading("wg1", wg1.keys().publicKey(), 40000, List.of(peer(stored("dave"), 0, 0)));
        List<String> actions = reconcile(snapshot(NOW, wg0AsWanted(), wrongPort));
        assertOneApplyOf("wg1", actions, "listens on 40000 instead of 51821");
    }

    @Test
    void aWrongInterfaceKeyCausesOneApply() {
        InterfaceReading otherKey = new InterfaceReading("wg1", KEYS.newKeyPair().publicKey(), 51821,
                List.of(peer(stored("dave"), 0, 0)));
        List<String> actions = reconcile(snapshot(NOW, wg0AsWanted(), otherKey));
        assertOneApplyOf("wg1", actions, "runs with another key");
    }

    @Test
    void aDownInterfaceThatShouldBeUpCausesOneApply() {
        List<String> actions = reconcile(snapshot(NOW, wg0AsWanted()));
        assertOneApplyOf("wg1", actions, "down but should be up");
        assertEquals(List.of("dave"), wireGuard.calls().get(0).enabledPeers());
    }

    @Test
    void aRunningInterfaceThatShouldBeDownCausesOneApply() {
        InterfaceReading wg2Running = running(wg2, List.of(stored("erin")));
        List<String> actions = reconcile(snapshot(NOW, wg0AsWanted(), wg1AsWanted(), wg2Running));
        assertOneApplyOf("wg2", actions, "running but should be down");
        assertEquals(List.of("erin"), wireGuard.calls().get(0).enabledPeers(), "the config file keeps its peers");
    }

    @Test
    void aDownInterfaceThatShouldBeDownIsNotTouchedWhateverItsClients() {
        clients.insert(TestData.enabledClient("frank", 2, "10.2.0.3"));
        assertEquals(List.of(), reconcile(snapshot(NOW, wg0AsWanted(), wg1AsWanted())));
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void everyDriftedInterfaceGetsItsOwnApplyInIdOrder() {
        InterfaceReading wg2Running = running(wg2, List.of());
        List<String> actions = reconcile(snapshot(NOW, running(wg0, List.of(stored("alice"))), wg2Running));
        assertEquals(List.of("wg0: 1 peer(s) missing, 0 stray, 0 misconfigured (fixed)", "wg1: down but should be up (fixed)",
                "wg2: running but should be down (fixed)"), actions);
        assertEquals(List.of("apply wg0", "apply wg1", "apply wg2"), wireGuard.briefs());
    }

    @Test
    void skippedInterfacesAreNotCompared() {
        List<String> actions = kernel.reconcile(snapshot(NOW, running(wg0, List.of()), wg1AsWanted()), Set.of(new InterfaceId(0)));
        assertEquals(List.of(), actions);
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void aFailedFixIsReportedAndKeptAsAnAlert() {
        wireGuard.failOn(RecordingWireGuard.APPLY, "wg1", new KernelOperationException("wg-quick up wg1 failed"));

        List<String> actions = reconcile(snapshot(NOW, wg0AsWanted()));

        assertEquals(List.of("wg1: down but should be up (fix failed)"), actions);
        assertEquals(List.of(NOW + " Applying wg1 to WireGuard failed: wg-quick up wg1 failed"), kernel.alerts());

        wireGuard.stopFailing();
        assertEquals(List.of("wg1: down but should be up (fixed)"), reconcile(snapshot(NOW, wg0AsWanted())));
        assertTrue(kernel.alerts().isEmpty(), "the successful fix clears the alert");
    }
}
