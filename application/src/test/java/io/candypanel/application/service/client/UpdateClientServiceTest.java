package io.candypanel.application.service.client;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
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
import static org.mockito.Mockito.times;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
class UpdateClientServiceTest {
    private static final Instant EXPIRED_YESTERDAY = NOW.minus(Duration.ofDays(1));

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
    private UpdateClientService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
        service = new UpdateClientService(unitOfWork, clients, kernel, clock);
        // The kernel runs wg0 with the enabled clients, counters untouched since the last booking.
        lenient().when(wireGuard.readAll()).thenReturn(TestKernel.snapshot(NOW,
                TestKernel.running(wg0, clients.findEnabledOn(wg0.id()))));
    }

    /** Counters may be read (booked), but no peer or interface changes. */
    private void thenTheKernelIsNotChanged() {
        then(wireGuard).should(atMostOnce()).readAll();
        then(wireGuard).shouldHaveNoMoreInteractions();
    }

    private static UpdateClientCommand command(String name, Instant expiresAt, Quota quota, Boolean enabled, String note) {
        return new UpdateClientCommand(new ClientName(name), Optional.ofNullable(expiresAt), Optional.ofNullable(quota),
                Optional.ofNullable(enabled), Optional.ofNullable(note));
    }

    private Client stored(String name) {
        return clients.stored(name).orElseThrow();
    }

    private static List<String> names(List<Client> list) {
        return list.stream().map(c -> c.name().value()).toList();
    }

    @Test
    void changesTheExpiryWithoutTouchingWireGuard() {
        Instant later = IN_30_DAYS.plus(Duration.ofDays(60));
        UpdatedClient updated = service.update(command("alice", later, null, null, null));
        assertEquals(later, updated.client().expiresAt());
        assertEquals(later, stored("alice").expiresAt());
        assertTrue(updated.kernel().applied());
        assertEquals("No WireGuard change was needed.", updated.kernel().message());
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void changesTheQuotaWithoutTouchingWireGuard() {
        service.update(command("alice", null, new Quota(10L << 30), null, null));
        assertEquals(new Quota(10L << 30), stored("alice").quota());
        assertEquals(Quota.UNLIMITED, stored("bob").quota());
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void changesTheNoteWithoutTouchingWireGuard() {
        service.update(command("alice", null, null, null, "paid until June"));
        assertEquals("paid until June", stored("alice").note());
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void changingExpiryQuotaAndNoteNeverReadsNorChangesTheKernel() {
        service.update(command("alice", IN_30_DAYS.plus(Duration.ofDays(5)), new Quota(77), null, "renewed"));
        service.update(command("bob", null, new Quota(1), null, null));

        then(wireGuard).shouldHaveNoInteractions();
        assertEquals(new Quota(77), stored("alice").quota());
        assertEquals(new Quota(1), stored("bob").quota());
        assertTrue(stored("bob").isEnabled(), "a quota below the usage is enforced by the next sync, not here");
    }

    @Test
    void changesSeveralFieldsAtOnce() {
        Instant later = IN_30_DAYS.plus(Duration.ofDays(1));
        service.update(command("alice", later, new Quota(1234), null, "vip"));
        Client alice = stored("alice");
        assertEquals(later, alice.expiresAt());
        assertEquals(new Quota(1234), alice.quota());
        assertEquals("vip", alice.note());
        assertTrue(alice.isEnabled());
    }

    @Test
    void disablingSetsReasonManualAndRemovesThePeer() {
        UpdatedClient updated = service.update(command("alice", null, null, false, null));

        assertFalse(updated.client().isEnabled());
        assertEquals(Optional.of(DisabledReason.MANUAL), stored("alice").disabledReason());
        assertFalse(stored("alice").isEnabled());
        assertTrue(updated.kernel().applied(), updated.kernel().message());
        // Behaviour change: the peer is removed live (removePeer), not by a full applyInterface.
        then(wireGuard).should().removePeer(sameInterface(wg0), eq(stored("alice").keys().publicKey()), peers.capture());
        assertEquals(List.of("bob"), names(peers.getValue()));
        then(wireGuard).should(never()).applyInterface(any(), any());
    }

    @Test
    void disablingBooksThePeersCountersBeforeRemovingIt() {
        Client alice = stored("alice");
        Client bob = stored("bob");
        // Since the last booking alice downloaded 7000 bytes and uploaded 300; bob was idle.
        given(wireGuard.readAll()).willReturn(TestKernel.snapshot(NOW, TestKernel.running(wg0,
                TestKernel.peer(alice, 300, 7000), TestKernel.peer(bob, 0, 0))));

        service.update(command("alice", null, null, false, null));

        InOrder order = inOrder(wireGuard);
        then(wireGuard).should(order).readAll();
        then(wireGuard).should(order).removePeer(sameInterface(wg0), eq(alice.keys().publicKey()), any());
        then(wireGuard).shouldHaveNoMoreInteractions();
        Client stored = stored("alice");
        assertEquals(new Usage(7000, 300), stored.usage(), "the last bytes before the removal are booked");
        assertFalse(stored.isEnabled());
        assertEquals(Optional.of(DisabledReason.MANUAL), stored.disabledReason());
        assertEquals("7300", settings.load().get(SettingKey.BANDWIDTH));
    }

    @Test
    void enablingAddsThePeerBack() {
        clients.insert(TestData.disabledClient("carol", 0, "10.0.0.4", DisabledReason.MANUAL));

        UpdatedClient updated = service.update(command("carol", null, null, true, null));

        assertTrue(updated.client().isEnabled());
        assertEquals(Optional.empty(), stored("carol").disabledReason());
        // Behaviour change: the peer is added live (addPeer), not by a full applyInterface.
        then(wireGuard).should().addPeer(sameInterface(wg0), added.capture(), peers.capture());
        assertEquals("carol", added.getValue().name().value());
        assertTrue(added.getValue().isEnabled());
        assertEquals(List.of("alice", "bob", "carol"), names(peers.getValue()));
        then(wireGuard).should(never()).applyInterface(any(), any());
        then(wireGuard).should(never()).removePeer(any(), any(), any());
    }

    @Test
    void enablingAnExpiredClientIsRefusedAndNothingIsStored() {
        clients.insert(TestData.client("carol", 0, "10.0.0.4", EXPIRED_YESTERDAY, Quota.UNLIMITED, Usage.NONE, false,
                DisabledReason.EXPIRED, false));

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.update(command("carol", null, new Quota(99), true, "try")));

        assertEquals("CLIENT_EXPIRED", e.code());
        Client carol = stored("carol");
        assertFalse(carol.isEnabled());
        assertEquals(Optional.of(DisabledReason.EXPIRED), carol.disabledReason());
        assertEquals(Quota.UNLIMITED, carol.quota(), "a refused command changes nothing, not even its other fields");
        assertEquals("", carol.note());
        thenTheKernelIsNotChanged();
    }

    @Test
    void enablingAnExpiredClientWorksWhenTheSameCommandExtendsTheExpiry() {
        clients.insert(TestData.client("carol", 0, "10.0.0.4", EXPIRED_YESTERDAY, Quota.UNLIMITED, Usage.NONE, false,
                DisabledReason.EXPIRED, false));

        UpdatedClient updated = service.update(command("carol", IN_30_DAYS, null, true, null));

        assertTrue(updated.client().isEnabled());
        assertTrue(stored("carol").isEnabled());
        assertEquals(IN_30_DAYS, stored("carol").expiresAt());
        then(wireGuard).should().addPeer(sameInterface(wg0), added.capture(), peers.capture());
        assertEquals("carol", added.getValue().name().value());
        assertTrue(names(peers.getValue()).contains("carol"));
    }

    @Test
    void extendingToExactlyNowIsStillExpired() {
        clients.insert(TestData.client("carol", 0, "10.0.0.4", EXPIRED_YESTERDAY, Quota.UNLIMITED, Usage.NONE, false,
                DisabledReason.EXPIRED, false));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.update(command("carol", NOW, null, true, null)));
        assertEquals("CLIENT_EXPIRED", e.code());
        assertEquals(EXPIRED_YESTERDAY, stored("carol").expiresAt());
    }

    @Test
    void enablingAClientOverQuotaIsRefusedUnlessTheSameCommandRaisesTheQuota() {
        clients.insert(TestData.client("carol", 0, "10.0.0.4", IN_30_DAYS, new Quota(1000), new Usage(900, 100), false,
                DisabledReason.QUOTA, false));

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.update(command("carol", null, null, true, null)));
        assertEquals("CLIENT_OVER_QUOTA", e.code());
        assertFalse(stored("carol").isEnabled());
        then(wireGuard).should(never()).addPeer(any(), any(), any());

        UpdatedClient updated = service.update(command("carol", null, new Quota(2000), true, null));
        assertTrue(updated.client().isEnabled());
        assertEquals(new Quota(2000), stored("carol").quota());
        then(wireGuard).should().addPeer(sameInterface(wg0), added.capture(), peers.capture());
        assertEquals("carol", added.getValue().name().value());
        assertTrue(names(peers.getValue()).contains("carol"));
    }

    @Test
    void noKernelCallWhenTheEnabledStateDoesNotChange() {
        UpdatedClient stillEnabled = service.update(command("alice", null, null, true, null));
        assertTrue(stillEnabled.client().isEnabled());
        assertTrue(stillEnabled.kernel().applied());

        clients.insert(TestData.disabledClient("carol", 0, "10.0.0.4", DisabledReason.EXPIRED));
        UpdatedClient stillDisabled = service.update(command("carol", null, null, false, null));
        assertFalse(stillDisabled.client().isEnabled());
        assertEquals(Optional.of(DisabledReason.EXPIRED), stored("carol").disabledReason(),
                "disabling an already disabled client keeps the original reason");

        // Behaviour change: a command that carries a status books counters first (one read per command),
        // but nothing in WireGuard changes.
        then(wireGuard).should(times(2)).readAll();
        then(wireGuard).shouldHaveNoMoreInteractions();
    }

    @Test
    void aWireGuardFailureKeepsTheChange() {
        willThrow(new KernelOperationException("wg: Unable to modify interface: Operation not permitted"))
                .given(wireGuard).removePeer(any(), any(), any());

        UpdatedClient updated = service.update(command("alice", null, null, false, null));

        assertFalse(updated.kernel().applied());
        assertTrue(updated.kernel().message().contains("Operation not permitted"), updated.kernel().message());
        assertFalse(stored("alice").isEnabled());
        assertEquals(1, kernel.alerts().size(), kernel.alerts().toString());
    }

    @Test
    void anUnknownClientIsNotFound() {
        ClientNotFoundException e = assertThrows(ClientNotFoundException.class,
                () -> service.update(command("nobody", null, null, false, null)));
        assertEquals("CLIENT_NOT_FOUND", e.code());
        assertEquals("Client 'nobody' not found.", e.getMessage());
        thenTheKernelIsNotChanged();
    }

    @Test
    void aNoteWithANewlineIsRefusedBeforeAnythingHappens() {
        assertThrows(InvalidValueException.class, () -> command("alice", null, null, null, "a\nb"));
        assertEquals(0, unitOfWork.transactions());
    }
}
