package io.candypanel.application.service.client;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
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
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DeleteClientServiceTest {
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);

    @Mock
    private WireGuardPort wireGuard;
    @Captor
    private ArgumentCaptor<List<Client>> peers;

    private DeleteClientService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        clients.insert(TestData.disabledClient("carol", 0, "10.0.0.4", DisabledReason.QUOTA));
        service = new DeleteClientService(unitOfWork, clients, new KernelApplier(interfaces, clients, wireGuard, clock));
    }

    @Test
    void deletingAnEnabledClientRemovesItAndItsPeer() {
        KernelOutcome outcome = service.delete(new DeleteClientCommand(new ClientName("alice")));

        assertTrue(outcome.applied(), outcome.message());
        assertFalse(clients.existsByName(new ClientName("alice")));
        assertEquals(2, clients.count());
        then(wireGuard).should().applyInterface(eq(wg0), peers.capture());
        assertEquals(List.of("bob"), peers.getValue().stream().map(c -> c.name().value()).toList());
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void deletingADisabledClientNeedsNoWireGuardChange() {
        KernelOutcome outcome = service.delete(new DeleteClientCommand(new ClientName("carol")));

        assertTrue(outcome.applied());
        assertFalse(clients.existsByName(new ClientName("carol")));
        then(wireGuard).shouldHaveNoInteractions();
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
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void aWireGuardFailureStillDeletesTheClient() {
        willThrow(new KernelOperationException("wg-quick strip failed")).given(wireGuard).applyInterface(any(), any());

        KernelOutcome outcome = service.delete(new DeleteClientCommand(new ClientName("alice")));

        assertFalse(outcome.applied());
        assertTrue(outcome.message().contains("wg-quick strip failed"), outcome.message());
        assertFalse(clients.existsByName(new ClientName("alice")));
    }
}
