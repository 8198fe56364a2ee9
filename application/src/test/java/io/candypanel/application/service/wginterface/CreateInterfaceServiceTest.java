package io.candypanel.application.service.wginterface;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.InterfacePortTakenException;
import io.candypanel.application.port.in.wginterface.InterfaceRangeOverlapsException;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateInterfaceServiceTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final KernelApplier kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
    private final CreateInterfaceService service = new CreateInterfaceService(unitOfWork, interfaces, settings,
            new WgKeyGenerator(new SecureRandom()), kernel);

    @BeforeEach
    void setUp() {
        interfaces.insert(TestData.wgInterface(0, "10.0.0.1/24", 51820));
    }

    private static CreateInterfaceCommand command(String range, int port) {
        return new CreateInterfaceCommand(Ipv4Cidr.parse(range), new ListenPort(port));
    }

    private List<Integer> ids() {
        return interfaces.findAll().stream().map(i -> i.id().value()).toList();
    }

    @Test
    void createsTheInterfaceUpWithNewKeysAndTheMtuSettingAndAppliesIt() {
        settings.saveAll(Map.of(SettingKey.MTU, "1380"));

        InterfaceChange change = service.create(command("10.1.0.1/24", 51821));

        WgInterface created = change.wgInterface();
        assertEquals(new InterfaceId(1), created.id());
        assertEquals("wg1", created.name());
        assertEquals(Ipv4Cidr.parse("10.1.0.1/24"), created.addressRange());
        assertEquals(new ListenPort(51821), created.listenPort());
        assertEquals(new Mtu(1380), created.mtu());
        assertTrue(created.isUp());
        assertNotEquals(interfaces.findById(InterfaceId.FIRST).orElseThrow().keys(), created.keys());
        assertEquals(WgKeyGenerator.publicKeyOf(created.keys().privateKey()), created.keys().publicKey());

        WgInterface stored = interfaces.findById(new InterfaceId(1)).orElseThrow();
        assertEquals(created.keys(), stored.keys());
        assertEquals(created.listenPort(), stored.listenPort());
        assertTrue(stored.isUp());

        assertTrue(change.kernel().applied(), change.kernel().message());
        assertEquals(List.of("apply wg1"), wireGuard.briefs(), "the new interface is applied, nothing else");
        assertEquals(List.of(), wireGuard.calls().get(0).enabledPeers());
    }

    @Test
    void theLowestFreeIdIsTakenAndGapsAreReused() {
        interfaces.insert(TestData.wgInterface(2, "10.2.0.1/24", 51822));
        interfaces.insert(TestData.wgInterface(3, "10.3.0.1/24", 51823));

        assertEquals(new InterfaceId(1), service.create(command("10.1.0.1/24", 51821)).wgInterface().id(), "the gap at 1");
        assertEquals(new InterfaceId(4), service.create(command("10.4.0.1/24", 51824)).wgInterface().id());
        interfaces.delete(InterfaceId.FIRST);
        assertEquals(InterfaceId.FIRST, service.create(command("10.0.0.1/24", 51820)).wgInterface().id(), "wg0 again");
        assertEquals(List.of(0, 1, 2, 3, 4), ids());
    }

    @Test
    void aTakenPortIsRefusedAndNothingIsCreated() {
        InterfacePortTakenException e = assertThrows(InterfacePortTakenException.class,
                () -> service.create(command("10.1.0.1/24", 51820)));

        assertEquals("INTERFACE_PORT_TAKEN", e.code());
        assertTrue(e.getMessage().contains("51820") && e.getMessage().contains("wg0"), e.getMessage());
        assertEquals(List.of(0), ids());
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void anOverlappingRangeIsRefusedAndNothingIsCreated() {
        for (String range : List.of("10.0.0.1/16", "10.0.0.129/25", "10.0.0.2/24", "10.200.0.1/8")) {
            InterfaceRangeOverlapsException e = assertThrows(InterfaceRangeOverlapsException.class,
                    () -> service.create(command(range, 51821)), range);
            assertEquals("INTERFACE_RANGE_OVERLAPS", e.code());
            assertTrue(e.getMessage().contains("wg0"), e.getMessage());
        }
        assertEquals(List.of(0), ids());
        assertEquals(List.of(), wireGuard.calls());
    }

    @Test
    void anAdjacentRangeIsNotAnOverlap() {
        assertEquals(new InterfaceId(1), service.create(command("10.0.1.1/24", 51821)).wgInterface().id());
    }

    @Test
    void aKernelFailureKeepsTheInterfaceAndIsReported() {
        wireGuard.failOn(RecordingWireGuard.APPLY, "wg1", new KernelOperationException("wg-quick up wg1 failed"));

        InterfaceChange change = service.create(command("10.1.0.1/24", 51821));

        assertFalse(change.kernel().applied());
        assertTrue(change.kernel().message().contains("wg-quick up wg1 failed"), change.kernel().message());
        assertEquals(List.of(0, 1), ids(), "the database is the truth: the interface stays");
        assertEquals(1, kernel.alerts().size());
    }
}
