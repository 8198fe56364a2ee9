package io.candypanel.application.service.client;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.candypanel.application.fakes.TestKernel.sameInterface;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willDoNothing;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.times;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.client.ClientNameTakenException;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CreateClientServiceTest {
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
    @Captor
    private ArgumentCaptor<Client> added;

    private KernelApplier kernel;
    private CreateClientService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        settings.saveAll(Map.of(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com", SettingKey.DNS, "1.1.1.1",
                SettingKey.INSTALLED, "1"));
        kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
        service = new CreateClientService(unitOfWork, clients, interfaces, settings,
                new WgKeyGenerator(new SecureRandom()), kernel, clock);
    }

    private static CreateClientCommand command(String name, int interfaceId) {
        return new CreateClientCommand(new ClientName(name), IN_30_DAYS, new Quota(5L << 30), new InterfaceId(interfaceId),
                "first customer");
    }

    private static List<String> names(List<Client> list) {
        return list.stream().map(c -> c.name().value()).toList();
    }

    @Test
    void createsTheClientWithTheFirstFreeAddressAndReturnsItsConfig() {
        CreatedClient created = service.create(command("alice", 0));

        Client client = created.client();
        assertEquals(Ipv4Address.parse("10.0.0.2"), client.address());
        assertTrue(client.isEnabled());
        assertEquals(NOW, client.createdAt());
        assertEquals(IN_30_DAYS, client.expiresAt());
        assertEquals(new Quota(5L << 30), client.quota());
        assertEquals("first customer", client.note());

        String config = created.config();
        assertTrue(config.contains("\nAddress = 10.0.0.2/32\n"), config);
        assertTrue(config.contains("\nPublicKey = " + wg0.keys().publicKey().base64() + "\n"), config);
        assertTrue(config.contains("\nPrivateKey = " + client.keys().privateKey().base64() + "\n"), config);
        assertTrue(config.contains("\nPresharedKey = " + client.presharedKey().base64() + "\n"), config);
        assertTrue(config.contains("\nEndpoint = vpn.example.com:51820\n"), config);
        assertTrue(config.contains("\nDNS = 1.1.1.1\n"), config);
        assertEquals(ClientConfigRenderer.render(client, wg0, settings.load()), config);

        assertTrue(created.kernel().applied(), created.kernel().message());
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void storesTheClientItReturns() {
        CreatedClient created = service.create(command("alice", 0));
        Client stored = clients.stored("alice").orElseThrow();
        assertEquals(created.client().keys(), stored.keys());
        assertEquals(created.client().presharedKey(), stored.presharedKey());
        assertEquals(created.client().address(), stored.address());
        assertEquals(1, clients.count());
    }

    @Test
    void addsThePeerLiveAndRewritesTheConfigWithEveryEnabledPeerIncludingTheNewClient() {
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.2"));
        clients.insert(TestData.disabledClient("carol", 0, "10.0.0.3", DisabledReason.MANUAL));
        clients.insert(TestData.enabledClient("dave", 1, "10.1.0.2"));

        CreatedClient created = service.create(command("alice", 0));

        assertEquals(Ipv4Address.parse("10.0.0.4"), created.client().address(), "a disabled client keeps its address");
        // Behaviour change: a new client takes the fast path (addPeer), not a full applyInterface.
        then(wireGuard).should().addPeer(sameInterface(wg0), added.capture(), peers.capture());
        assertEquals("alice", added.getValue().name().value());
        assertEquals(created.client().keys().publicKey(), added.getValue().keys().publicKey());
        assertEquals(List.of("alice", "bob"), names(peers.getValue()));
        then(wireGuard).shouldHaveNoMoreInteractions();
    }

    @Test
    void consecutiveClientsGetConsecutiveAddressesAndGapsAreReused() {
        assertEquals(Ipv4Address.parse("10.0.0.2"), service.create(command("a", 0)).client().address());
        assertEquals(Ipv4Address.parse("10.0.0.3"), service.create(command("b", 0)).client().address());
        assertEquals(Ipv4Address.parse("10.0.0.4"), service.create(command("c", 0)).client().address());
        clients.delete(new ClientName("b"));
        assertEquals(Ipv4Address.parse("10.0.0.3"), service.create(command("d", 0)).client().address());
    }

    @Test
    void aTakenNameIsRefusedAndNothingChanges() {
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        Client before = clients.stored("alice").orElseThrow();

        ClientNameTakenException e = assertThrows(ClientNameTakenException.class, () -> service.create(command("alice", 0)));

        assertEquals("CLIENT_NAME_TAKEN", e.code());
        assertEquals(1, clients.count());
        assertEquals(before.keys(), clients.stored("alice").orElseThrow().keys(), "the existing client is untouched");
        then(wireGuard).shouldHaveNoInteractions();
        assertEquals(List.of(), kernel.alerts());
    }

    @Test
    void anUnknownInterfaceIsRefused() {
        InterfaceNotFoundException e = assertThrows(InterfaceNotFoundException.class, () -> service.create(command("alice", 7)));
        assertEquals("INTERFACE_NOT_FOUND", e.code());
        assertEquals("WireGuard interface wg7 not found.", e.getMessage());
        assertEquals(0, clients.count());
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void anExhaustedPoolIsRefused() {
        WgInterface tiny = TestData.wgInterface(3, "10.3.0.1/30", 51823);
        interfaces.insert(tiny);
        assertEquals(Ipv4Address.parse("10.3.0.2"), service.create(command("only", 3)).client().address());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.create(command("second", 3)));

        assertEquals("ADDRESS_POOL_EXHAUSTED", e.code());
        assertTrue(e.getMessage().contains("10.3.0.1/30"), e.getMessage());
        assertFalse(clients.existsByName(new ClientName("second")));
        assertEquals(1, clients.count());
    }

    @Test
    void anExpiryThatIsNotInTheFutureIsRefused() {
        CreateClientCommand expired = new CreateClientCommand(new ClientName("alice"), NOW, Quota.UNLIMITED,
                InterfaceId.FIRST, null);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> service.create(expired));
        assertEquals("EXPIRY_NOT_IN_FUTURE", e.code());
        assertEquals(0, clients.count());
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void aWireGuardFailureKeepsTheClientAndBecomesAnAlertUntilTheNextSuccessfulApply() {
        willThrow(new KernelOperationException("wg syncconf wg0 exited with 1: Operation not permitted"))
                .given(wireGuard).addPeer(any(), any(), any());

        CreatedClient created = service.create(command("alice", 0));

        assertTrue(clients.existsByName(new ClientName("alice")), "the database is the truth: the client stays");
        assertFalse(created.kernel().applied());
        assertTrue(created.kernel().message().contains("wg syncconf wg0 exited with 1: Operation not permitted"),
                created.kernel().message());
        assertTrue(created.config().contains("\nAddress = 10.0.0.2/32\n"), "the config is returned anyway");
        List<String> alerts = kernel.alerts();
        assertEquals(1, alerts.size(), alerts.toString());
        assertTrue(alerts.get(0).startsWith(NOW.toString() + " "), alerts.get(0));
        assertTrue(alerts.get(0).contains("Operation not permitted"), alerts.get(0));

        willDoNothing().given(wireGuard).addPeer(any(), any(), any());
        CreatedClient next = service.create(command("bob", 0));

        assertTrue(next.kernel().applied());
        assertEquals(List.of(), kernel.alerts());
        then(wireGuard).should(times(2)).addPeer(sameInterface(wg0), added.capture(), peers.capture());
        assertEquals(List.of("alice", "bob"), names(added.getAllValues()));
        assertEquals(List.of("alice"), names(peers.getAllValues().get(0)));
        assertEquals(List.of("alice", "bob"), names(peers.getAllValues().get(1)), "the retry carries the earlier client too");
    }

    @Test
    void anyRuntimeFailureOfTheKernelPortIsReportedNotThrown() {
        willThrow(new IllegalStateException("boom")).given(wireGuard).addPeer(any(), any(), any());
        CreatedClient created = service.create(command("alice", 0));
        assertFalse(created.kernel().applied());
        assertTrue(created.kernel().message().contains("boom"), created.kernel().message());
        assertTrue(clients.existsByName(new ClientName("alice")));
        assertEquals(1, kernel.alerts().size());
    }
}
