package io.candypanel.application.service.client;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static io.candypanel.application.fakes.TestKernel.sameInterface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
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
import io.candypanel.application.port.in.client.ResetClientUsageCommand;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ResetClientUsageServiceTest {
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);

    @Mock
    private WireGuardPort wireGuard;
    @Captor
    private ArgumentCaptor<Client> added;
    @Captor
    private ArgumentCaptor<List<Client>> peers;

    private KernelApplier kernel;
    private ResetClientUsageService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        // alice: enabled, 5000 bytes down and 1000 up booked so far (kernel counters rx 1000, tx 5000).
        clients.insert(TestData.client("alice", 0, "10.0.0.2", IN_30_DAYS, new Quota(1_000_000), new Usage(5000, 1000),
                true, null, true));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
        service = new ResetClientUsageService(unitOfWork, clients, kernel, clock);
        // Since the last booking alice uploaded 300 more bytes and downloaded 2000 more.
        lenient().when(wireGuard.readAll()).thenReturn(TestKernel.snapshot(NOW, TestKernel.running(wg0,
                TestKernel.peer(stored("alice"), 1300, 7000), TestKernel.peer(stored("bob"), 0, 0))));
    }

    private Client stored(String name) {
        return clients.stored(name).orElseThrow();
    }

    private UpdatedClient reset(String name) {
        return service.reset(new ResetClientUsageCommand(new ClientName(name)));
    }

    @Test
    void theCommandNeedsAName() {
        assertThrows(NullPointerException.class, () -> new ResetClientUsageCommand(null));
    }

    @Test
    void anEnabledClientsUsageGoesToZeroWithoutAnyPeerChange() {
        UpdatedClient updated = reset("alice");

        assertEquals(Usage.NONE, updated.client().usage());
        assertEquals(Usage.NONE, stored("alice").usage());
        assertTrue(stored("alice").isEnabled());
        assertTrue(updated.kernel().applied());
        assertEquals("No WireGuard change was needed.", updated.kernel().message());
        then(wireGuard).should().readAll();
        then(wireGuard).shouldHaveNoMoreInteractions();
        assertEquals(new Usage(0, 0), stored("bob").usage(), "other clients keep their usage");
    }

    @Test
    void theTrafficUpToNowIsBookedFirstSoTheResetStartsFromAnExactZero() {
        reset("alice");

        Client alice = stored("alice");
        assertEquals(new KernelCounters(1300, 7000), alice.lastCounters(), "the kernel was read before the reset");
        assertEquals("2300", settings.load().get(SettingKey.BANDWIDTH),
                "the bytes before the reset still count in the panel's total");

        // The next booking of the same kernel reading finds nothing new: no pre-reset byte leaks in.
        kernel.withCountersBooked(() -> null);
        assertEquals(Usage.NONE, stored("alice").usage());

        // Only traffic after the reset counts.
        given(wireGuard.readAll()).willReturn(TestKernel.snapshot(NOW, TestKernel.running(wg0,
                TestKernel.peer(alice, 1350, 7100), TestKernel.peer(stored("bob"), 0, 0))));
        kernel.withCountersBooked(() -> null);
        assertEquals(new Usage(100, 50), stored("alice").usage());
    }

    @Test
    void aClientDisabledForItsQuotaIsEnabledAgainAndItsPeerAdded() {
        clients.insert(TestData.client("carol", 0, "10.0.0.4", IN_30_DAYS, new Quota(1000), new Usage(900, 300), false,
                DisabledReason.QUOTA, false));

        UpdatedClient updated = reset("carol");

        assertTrue(updated.client().isEnabled());
        assertEquals(Usage.NONE, updated.client().usage());
        Client carol = stored("carol");
        assertTrue(carol.isEnabled());
        assertEquals(Optional.empty(), carol.disabledReason());
        assertEquals(Usage.NONE, carol.usage());
        assertTrue(updated.kernel().applied(), updated.kernel().message());
        InOrder order = inOrder(wireGuard);
        then(wireGuard).should(order).readAll();
        then(wireGuard).should(order).addPeer(sameInterface(wg0), added.capture(), peers.capture());
        then(wireGuard).shouldHaveNoMoreInteractions();
        assertEquals("carol", added.getValue().name().value());
        assertTrue(added.getValue().isEnabled());
        assertEquals(List.of("alice", "bob", "carol"), peers.getValue().stream().map(c -> c.name().value()).toList());
    }

    @Test
    void anExpiredClientStaysDisabledAndGetsNoPeer() {
        clients.insert(TestData.client("dave", 0, "10.0.0.5", NOW.minus(Duration.ofDays(1)), new Quota(1000),
                new Usage(900, 300), false, DisabledReason.EXPIRED, false));

        UpdatedClient updated = reset("dave");

        Client dave = stored("dave");
        assertEquals(Usage.NONE, dave.usage());
        assertFalse(dave.isEnabled());
        assertEquals(Optional.of(DisabledReason.EXPIRED), dave.disabledReason());
        assertFalse(updated.client().isEnabled());
        assertEquals("No WireGuard change was needed.", updated.kernel().message());
        then(wireGuard).should(never()).addPeer(any(), any(), any());
        then(wireGuard).should(never()).applyInterface(any(), any());
    }

    @Test
    void aQuotaDisabledClientThatHasSinceExpiredStaysDisabled() {
        clients.insert(TestData.client("erin", 0, "10.0.0.6", NOW, new Quota(1000), new Usage(900, 300), false,
                DisabledReason.QUOTA, false));

        UpdatedClient updated = reset("erin");

        assertFalse(stored("erin").isEnabled());
        assertEquals(Usage.NONE, stored("erin").usage());
        assertFalse(updated.client().isEnabled());
        then(wireGuard).should(never()).addPeer(any(), any(), any());
    }

    @Test
    void aManuallyDisabledOrBannedClientStaysDisabled() {
        clients.insert(TestData.client("fred", 0, "10.0.0.7", IN_30_DAYS, new Quota(1000), new Usage(900, 300), false,
                DisabledReason.MANUAL, false));
        clients.insert(TestData.client("gina", 0, "10.0.0.8", IN_30_DAYS, new Quota(1000), new Usage(900, 300), false,
                DisabledReason.BANNED, false));

        reset("fred");
        reset("gina");

        assertEquals(Optional.of(DisabledReason.MANUAL), stored("fred").disabledReason());
        assertEquals(Optional.of(DisabledReason.BANNED), stored("gina").disabledReason());
        assertEquals(Usage.NONE, stored("fred").usage());
        assertEquals(Usage.NONE, stored("gina").usage());
        then(wireGuard).should(never()).addPeer(any(), any(), any());
    }

    @Test
    void aFailedPeerAddKeepsTheResetAndReportsTheFailure() {
        clients.insert(TestData.client("carol", 0, "10.0.0.4", IN_30_DAYS, new Quota(1000), new Usage(900, 300), false,
                DisabledReason.QUOTA, false));
        willThrow(new KernelOperationException("wg: Unable to modify interface: Operation not permitted"))
                .given(wireGuard).addPeer(any(), any(), any());

        UpdatedClient updated = reset("carol");

        assertFalse(updated.kernel().applied());
        assertTrue(updated.kernel().message().contains("Operation not permitted"), updated.kernel().message());
        assertTrue(stored("carol").isEnabled(), "the database is the truth; the reconciler adds the peer later");
        assertEquals(Usage.NONE, stored("carol").usage());
        assertEquals(1, kernel.alerts().size(), kernel.alerts().toString());
    }

    @Test
    void anUnknownClientIsNotFoundAndNothingChanges() {
        ClientNotFoundException e = assertThrows(ClientNotFoundException.class, () -> reset("nobody"));
        assertEquals("CLIENT_NOT_FOUND", e.code());
        assertEquals(new Usage(7000, 1300), stored("alice").usage(), "only the booking happened");
        then(wireGuard).should().readAll();
        then(wireGuard).shouldHaveNoMoreInteractions();
    }
}
