package io.candypanel.application.service.wginterface;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.wginterface.ClientsOutsideRangeException;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.in.wginterface.InterfacePortTakenException;
import io.candypanel.application.port.in.wginterface.InterfaceRangeOverlapsException;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateInterfaceServiceTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final KernelApplier kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
    private final UpdateInterfaceService service = new UpdateInterfaceService(unitOfWork, interfaces, clients, kernel);
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.disabledClient("bob", 0, "10.0.0.200", DisabledReason.MANUAL));
        clients.insert(TestData.enabledClient("carol", 1, "10.1.0.2"));
        wireGuard.setSnapshot(TestKernel.snapshot(NOW, TestKernel.running(wg0, List.of(stored("alice"))),
                TestKernel.running(wg1, List.of(stored("carol")))));
    }

    private Client stored(String name) {
        return clients.stored(name).orElseThrow();
    }

    private WgInterface storedInterface(int id) {
        return interfaces.findById(new InterfaceId(id)).orElseThrow();
    }

    private static UpdateInterfaceCommand range(int id, String range) {
        return new UpdateInterfaceCommand(new InterfaceId(id), Optional.of(Ipv4Cidr.parse(range)), Optional.empty(), Optional.empty());
    }

    private static UpdateInterfaceCommand port(int id, int port) {
        return new UpdateInterfaceCommand(new InterfaceId(id), Optional.empty(), Optional.of(new ListenPort(port)), Optional.empty());
    }

    private static UpdateInterfaceCommand status(int id, boolean up) {
        return new UpdateInterfaceCommand(new InterfaceId(id), Optional.empty(), Optional.empty(), Optional.of(up));
    }

    // --- port ------------------------------------------------------------------------------------

    @Test
    void aNewPortIsStoredAndAppliedLiveAfterBookingCounters() {
        InterfaceChange change = service.update(port(0, 443));

        assertEquals(new ListenPort(443), change.wgInterface().listenPort());
        assertEquals(new ListenPort(443), storedInterface(0).listenPort());
        assertTrue(change.kernel().applied(), change.kernel().message());
        assertEquals(List.of("readAll", "apply wg0"), wireGuard.briefs());
    }

    @Test
    void aPortTakenByAnotherInterfaceIsRefusedAndNothingChanges() {
        InterfacePortTakenException e = assertThrows(InterfacePortTakenException.class, () -> service.update(port(0, 51821)));

        assertEquals("INTERFACE_PORT_TAKEN", e.code());
        assertTrue(e.getMessage().contains("wg1"), e.getMessage());
        assertEquals(new ListenPort(51820), storedInterface(0).listenPort());
        assertEquals(List.of(), wireGuard.changes());
    }

    @Test
    void keepingItsOwnPortIsNoConflict() {
        assertTrue(service.update(port(0, 51820)).kernel().applied());
        assertEquals(new ListenPort(51820), storedInterface(0).listenPort());
    }

    // --- range -----------------------------------------------------------------------------------

    @Test
    void aRangeThatHoldsEveryClientIsStoredAndRestartsTheRunningInterface() {
        InterfaceChange change = service.update(range(0, "10.0.0.1/16"));

        assertEquals(Ipv4Cidr.parse("10.0.0.1/16"), storedInterface(0).addressRange());
        assertEquals(Ipv4Cidr.parse("10.0.0.1/16"), change.wgInterface().addressRange());
        assertTrue(change.kernel().applied(), change.kernel().message());
        assertEquals(List.of("readAll", "restart wg0"), wireGuard.briefs(), "a new address needs wg-quick again");
        assertEquals(List.of("alice"), wireGuard.calls(RecordingWireGuard.RESTART).get(0).enabledPeers());
        assertEquals(KernelCounters.ZERO, stored("alice").lastCounters());
    }

    @Test
    void aNewRangeOfADownInterfaceIsOnlyWrittenNotStarted() {
        clients.insert(TestData.enabledClient("dave", 1, "10.1.0.3"));
        WgInterface down = storedInterface(1);
        down.bringDown();
        interfaces.update(down);

        InterfaceChange change = service.update(range(1, "10.1.0.1/23"));

        assertTrue(change.kernel().applied());
        assertEquals(List.of("readAll", "apply wg1"), wireGuard.briefs());
        assertFalse(storedInterface(1).isUp());
    }

    @Test
    void theSameRangeAgainIsNoRangeChange() {
        service.update(range(0, "10.0.0.1/24"));
        assertEquals(List.of("readAll", "apply wg0"), wireGuard.briefs(), "nothing to restart for");
    }

    @Test
    void aRangeThatLeavesAClientOutsideIsRefused() {
        // bob (disabled) keeps 10.0.0.200, which a /25 no longer holds.
        ClientsOutsideRangeException e = assertThrows(ClientsOutsideRangeException.class,
                () -> service.update(range(0, "10.0.0.1/25")));

        assertEquals("CLIENTS_OUTSIDE_RANGE", e.code());
        assertTrue(e.getMessage().contains("bob (10.0.0.200)"), e.getMessage());
        assertTrue(e.getMessage().startsWith("1 client(s)"), e.getMessage());
        assertEquals(Ipv4Cidr.parse("10.0.0.1/24"), storedInterface(0).addressRange());
        assertEquals(List.of(), wireGuard.changes());
    }

    @Test
    void aRangeWhoseServerAddressIsAClientsAddressIsRefused() {
        ClientsOutsideRangeException e = assertThrows(ClientsOutsideRangeException.class,
                () -> service.update(range(0, "10.0.0.2/24")));
        assertTrue(e.getMessage().contains("alice (10.0.0.2)"), e.getMessage());
        assertEquals(Ipv4Cidr.parse("10.0.0.1/24"), storedInterface(0).addressRange());
    }

    @Test
    void aRangeWhoseNetworkOrBroadcastAddressIsAClientsAddressIsRefused() {
        interfaces.insert(TestData.wgInterface(3, "10.3.0.1/24", 51823));
        UpdateInterfaceCommand tiny = range(3, "10.3.0.5/30");   // network .4, server .5, host .6, broadcast .7

        clients.insert(TestData.enabledClient("net", 3, "10.3.0.4"));
        ClientsOutsideRangeException onNetwork = assertThrows(ClientsOutsideRangeException.class, () -> service.update(tiny));
        assertTrue(onNetwork.getMessage().startsWith("1 client(s)") && onNetwork.getMessage().contains("net (10.3.0.4)"),
                onNetwork.getMessage());

        clients.delete(stored("net").name());
        clients.insert(TestData.enabledClient("bcast", 3, "10.3.0.7"));
        ClientsOutsideRangeException onBroadcast = assertThrows(ClientsOutsideRangeException.class, () -> service.update(tiny));
        assertTrue(onBroadcast.getMessage().contains("bcast (10.3.0.7)"), onBroadcast.getMessage());

        clients.delete(stored("bcast").name());
        clients.insert(TestData.enabledClient("host", 3, "10.3.0.6"));
        assertEquals(Ipv4Cidr.parse("10.3.0.5/30"), service.update(tiny).wgInterface().addressRange());
    }

    @Test
    void aRangeOverlappingAnotherInterfaceIsRefused() {
        clients.delete(stored("bob").name());
        InterfaceRangeOverlapsException e = assertThrows(InterfaceRangeOverlapsException.class,
                () -> service.update(range(0, "10.0.0.1/15")));
        assertEquals("INTERFACE_RANGE_OVERLAPS", e.code());
        assertTrue(e.getMessage().contains("wg1"), e.getMessage());
        assertEquals(Ipv4Cidr.parse("10.0.0.1/24"), storedInterface(0).addressRange());
    }

    @Test
    void aRefusedRangeAlsoDropsThePortChangeOfTheSameCommand() {
        UpdateInterfaceCommand both = new UpdateInterfaceCommand(new InterfaceId(0), Optional.of(Ipv4Cidr.parse("10.0.0.1/25")),
                Optional.of(new ListenPort(443)), Optional.empty());
        assertThrows(ClientsOutsideRangeException.class, () -> service.update(both));
        assertEquals(new ListenPort(51820), storedInterface(0).listenPort());
    }

    // --- status ------------------------------------------------------------------------------------

    @Test
    void statusFalseBringsTheInterfaceDownThroughAnApply() {
        InterfaceChange change = service.update(status(0, false));

        assertFalse(storedInterface(0).isUp());
        assertFalse(change.wgInterface().isUp());
        assertTrue(change.kernel().applied());
        assertEquals(List.of("readAll", "apply wg0"), wireGuard.briefs(), "counters are booked before the interface goes down");
    }

    @Test
    void statusTrueBringsItUpAgainThroughAnApply() {
        service.update(status(1, false));
        wireGuard.clearCalls();

        InterfaceChange change = service.update(status(1, true));

        assertTrue(storedInterface(1).isUp());
        assertTrue(change.kernel().applied());
        assertEquals(List.of("readAll", "apply wg1"), wireGuard.briefs());
        assertEquals(List.of("carol"), wireGuard.calls(RecordingWireGuard.APPLY).get(0).enabledPeers());
    }

    @Test
    void countersAreBookedBeforeTheChange() {
        Client alice = stored("alice");
        wireGuard.setSnapshot(TestKernel.snapshot(NOW, TestKernel.running(wg0, TestKernel.peer(alice, 10, 90))));
        service.update(status(0, false));
        assertEquals(new Usage(90, 10), stored("alice").usage());
    }

    // --- errors ----------------------------------------------------------------------------------

    @Test
    void anUnknownInterfaceIsNotFound() {
        InterfaceNotFoundException e = assertThrows(InterfaceNotFoundException.class, () -> service.update(status(7, false)));
        assertEquals("INTERFACE_NOT_FOUND", e.code());
        assertEquals(List.of(), wireGuard.changes());
    }

    @Test
    void aCommandWithoutAnyChangeIsRefused() {
        assertThrows(InvalidValueException.class,
                () -> new UpdateInterfaceCommand(InterfaceId.FIRST, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aKernelFailureKeepsTheChangeAndIsReported() {
        wireGuard.failOn(RecordingWireGuard.RESTART, "wg0", new KernelOperationException("wg-quick up wg0 failed"));

        InterfaceChange change = service.update(range(0, "10.0.0.1/16"));

        assertFalse(change.kernel().applied());
        assertTrue(change.kernel().message().contains("wg-quick up wg0 failed"), change.kernel().message());
        assertEquals(Ipv4Cidr.parse("10.0.0.1/16"), storedInterface(0).addressRange());
        assertEquals(1, kernel.alerts().size());
    }
}
