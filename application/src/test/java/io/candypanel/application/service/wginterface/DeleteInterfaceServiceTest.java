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
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteInterfaceServiceTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final KernelApplier kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
    private final DeleteInterfaceService service = new DeleteInterfaceService(unitOfWork, interfaces, clients, kernel);
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("bob", 1, "10.1.0.2"));
        clients.insert(TestData.disabledClient("carol", 1, "10.1.0.3", DisabledReason.EXPIRED));
    }

    @Test
    void removesTheInterfaceAndItsClientsAndTakesItOutOfWireGuardAfterBookingCounters() {
        wireGuard.setSnapshot(TestKernel.snapshot(NOW,
                TestKernel.running(wg0, TestKernel.peer(clients.stored("alice").orElseThrow(), 5, 6)),
                TestKernel.running(wg1, TestKernel.peer(clients.stored("bob").orElseThrow(), 300, 700))));

        DeletedInterface deleted = service.delete(new DeleteInterfaceCommand(new InterfaceId(1)));

        assertEquals("wg1", deleted.name());
        assertEquals(2, deleted.clientsRemoved(), "enabled and disabled clients alike");
        assertTrue(deleted.kernel().applied(), deleted.kernel().message());
        assertEquals(List.of("readAll", "removeInterface wg1"), wireGuard.briefs(), "the counters are read before the removal");
        assertTrue(interfaces.findById(new InterfaceId(1)).isEmpty());
        assertFalse(clients.existsByName(new ClientName("bob")));
        assertFalse(clients.existsByName(new ClientName("carol")));
        assertEquals(List.of(), clients.findOn(new InterfaceId(1)));
        assertTrue(clients.existsByName(new ClientName("alice")), "other interfaces keep their clients");
        assertEquals(new Usage(6, 5), clients.stored("alice").orElseThrow().usage());
        assertEquals(1011, settings.load().bandwidthBytes(), "the deleted interface's last traffic counts in the total");
    }

    @Test
    void theIdIsFreeForTheNextInterface() {
        service.delete(new DeleteInterfaceCommand(InterfaceId.FIRST));
        assertEquals(List.of(new InterfaceId(1)), interfaces.findAll().stream().map(WgInterface::id).toList());
        assertTrue(clients.addressesOn(InterfaceId.FIRST).isEmpty());
    }

    @Test
    void anUnknownInterfaceIsNotFoundAndNothingIsRemoved() {
        InterfaceNotFoundException e = assertThrows(InterfaceNotFoundException.class,
                () -> service.delete(new DeleteInterfaceCommand(new InterfaceId(5))));
        assertEquals("INTERFACE_NOT_FOUND", e.code());
        assertEquals(2, interfaces.findAll().size());
        assertEquals(3, clients.count());
        assertEquals(List.of(), wireGuard.changes());
    }

    @Test
    void aKernelFailureStillDeletesAndIsReported() {
        wireGuard.failOn(RecordingWireGuard.REMOVE_INTERFACE, "wg0", new KernelOperationException("wg-quick down wg0 failed"));

        DeletedInterface deleted = service.delete(new DeleteInterfaceCommand(InterfaceId.FIRST));

        assertFalse(deleted.kernel().applied());
        assertEquals("Removing wg0 from WireGuard failed: wg-quick down wg0 failed", deleted.kernel().message());
        assertTrue(interfaces.findById(InterfaceId.FIRST).isEmpty(), "the database is the truth");
        assertFalse(clients.existsByName(new ClientName("alice")));
        assertEquals(List.of(NOW + " Removing wg0 from WireGuard failed: wg-quick down wg0 failed"), kernel.alerts());
    }
}
