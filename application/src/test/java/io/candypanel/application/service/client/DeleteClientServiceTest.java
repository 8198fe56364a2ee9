package io.candypanel.application.service.client;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.candypanel.application.fakes.TestKernel.sameInterface;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.atMostOnce;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DeleteClientServiceTest {
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);

    @Mock
    private WireGuardPort wireGuard;
    @Captor
    private ArgumentCaptor<List<Client>> peers;

    private KernelApplier kernel;
    private DeleteClientService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        clients.insert(TestData.disabledClient("carol", 0, "10.0.0.4", DisabledReason.QUOTA));
        kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
        service = new DeleteClientService(unitOfWork, clients, kernel);
        lenient().when(wireGuard.readAll()).thenReturn(TestKernel.snapshot(NOW,
                TestKernel.running(wg0, clients.findEnabledOn(wg0.id()))));
    }

    /** Counters may be read (booked), but no peer or interface changes. */
    private void thenTheKernelIsNotChanged() {
        then(wireGuard).should(atMostOnce()).readAll();
        then(wireGuard).shouldHaveNoMoreInteractions();
    }

    @Test
    void deletingAnEnabledClientRemovesItAndItsPeer() {
        WgKey aliceKey = clients.stored("alice").orElseThrow().keys().publicKey();

        KernelOutcome outcome = service.delete(new DeleteClientCommand(new ClientName("alice")));

        assertTrue(outcome.applied(), outcome.message());
        assertFalse(clients.existsByName(new ClientName("alice")));
        assertEquals(2, clients.count());
        // Behaviour change: the peer is removed live (removePeer), after booking counters, not by applyInterface.
        then(wireGuard).should().removePeer(sameInterface(wg0), eq(aliceKey), peers.capture());
        assertEquals(List.of("bob"), peers.getValue().stream().map(c -> c.name().value()).toList());
        then(wireGuard).should(never()).applyInterface(any(), any());
        // One transaction books the counters, one deletes the client.
        assertEquals(2, unitOfWork.transactions());
    }

    @Test
    void theCountersAreBookedBeforeThePeerIsRemoved() {
        Client alice = clients.stored("alice").orElseThrow();
        Client bob = clients.stored("bob").orElseThrow();
        given(wireGuard.readAll()).willReturn(TestKernel.snapshot(NOW, TestKernel.running(wg0,
                TestKernel.peer(alice, 100, 900), TestKernel.peer(bob, 20, 30))));

        service.delete(new DeleteClientCommand(new ClientName("alice")));

        InOrder order = inOrder(wireGuard);
        then(wireGuard).should(order).readAll();
        then(wireGuard).should(order).removePeer(sameInterface(wg0), eq(alice.keys().publicKey()), any());
        then(wireGuard).shouldHaveNoMoreInteractions();
        assertEquals("1050", settings.load().get(SettingKey.BANDWIDTH), "alice's last bytes count in the total");
        assertEquals(new Usage(30, 20), clients.stored("bob").orElseThrow().usage(), "the other peers are booked too");
    }

    @Test
    void deletingADisabledClientNeedsNoWireGuardChange() {
        KernelOutcome outcome = service.delete(new DeleteClientCommand(new ClientName("carol")));

        assertTrue(outcome.applied());
        assertFalse(clients.existsByName(new ClientName("carol")));
        thenTheKernelIsNotChanged();
    }

    @Test
    void theAddressOfADeletedClientIsFreeAgain() {
        service.delete(new DeleteClientCommand(new ClientName("alice")));
        assertFalse(clients.addressesOn(wg0.id()).contains(Ipv4Address.parse("10.0.0.2")));
    }

    @Test
    void anUnknownClientIsNotFoundAndNothingIsDeleted() {
        ClientNotFoundException e = assertThrows(ClientNotFoundException.class,
                () -> service.delete(new DeleteClientCommand(new ClientName("nobody"))));
        assertEquals("CLIENT_NOT_FOUND", e.code());
        assertEquals(3, clients.count());
        thenTheKernelIsNotChanged();
    }

    @Test
    void aWireGuardFailureStillDeletesTheClient() {
        willThrow(new KernelOperationException("wg-quick strip failed")).given(wireGuard).removePeer(any(), any(), any());

        KernelOutcome outcome = service.delete(new DeleteClientCommand(new ClientName("alice")));

        assertFalse(outcome.applied());
        assertTrue(outcome.message().contains("wg-quick strip failed"), outcome.message());
        assertFalse(clients.existsByName(new ClientName("alice")));
        assertEquals(1, kernel.alerts().size(), kernel.alerts().toString());
    }
}
