package io.candypanel.application.service.kernel;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.candypanel.application.fakes.TestKernel.sameInterface;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willDoNothing;
import static org.mockito.BDDMockito.willThrow;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class KernelApplierTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);

    @Mock
    private WireGuardPort wireGuard;
    @Captor
    private ArgumentCaptor<List<Client>> peers;

    private KernelApplier kernel;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.disabledClient("bob", 0, "10.0.0.3", DisabledReason.BANNED));
        clients.insert(TestData.enabledClient("carol", 1, "10.1.0.2"));
        kernel = TestKernel.applier(interfaces, clients, new InMemorySettingsRepository(), new DirectUnitOfWork(), wireGuard, clock);
    }

    @Test
    void appliesTheInterfaceWithItsEnabledPeersOnly() {
        KernelOutcome outcome = kernel.apply(wg0.id());

        assertTrue(outcome.applied());
        assertEquals("WireGuard wg0 updated.", outcome.message());
        then(wireGuard).should().applyInterface(sameInterface(wg0), peers.capture());
        assertEquals(List.of("alice"), peers.getValue().stream().map(c -> c.name().value()).toList());
        then(wireGuard).shouldHaveNoMoreInteractions();
    }

    @Test
    void aVanishedInterfaceNeedsNothing() {
        KernelOutcome outcome = kernel.apply(new InterfaceId(9));
        assertTrue(outcome.applied());
        assertTrue(outcome.message().contains("wg9 no longer exists"), outcome.message());
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void aFailureIsReportedAndKeptAsAnAlertWithItsTime() {
        willThrow(new KernelOperationException("wg: Unable to access interface: No such device"))
                .given(wireGuard).applyInterface(any(), any());

        KernelOutcome outcome = kernel.apply(wg0.id());

        assertFalse(outcome.applied());
        assertEquals("Applying wg0 to WireGuard failed: wg: Unable to access interface: No such device", outcome.message());
        assertEquals(List.of("2025-03-01T12:00:00Z Applying wg0 to WireGuard failed: wg: Unable to access interface: No such device"),
                kernel.alerts());
    }

    @Test
    void aSuccessClearsTheAlertsOfItsOwnInterfaceOnly() {
        willThrow(new KernelOperationException("down")).given(wireGuard).applyInterface(any(), any());
        kernel.apply(wg0.id());
        clock.advance(Duration.ofSeconds(5));
        kernel.apply(wg1.id());
        kernel.apply(wg0.id());
        assertEquals(3, kernel.alerts().size());
        assertTrue(kernel.alerts().get(0).startsWith("2025-03-01T12:00:00Z Applying wg0"), kernel.alerts().toString());
        assertTrue(kernel.alerts().get(1).startsWith("2025-03-01T12:00:05Z Applying wg1"), kernel.alerts().toString());

        willDoNothing().given(wireGuard).applyInterface(any(), any());
        assertTrue(kernel.apply(wg0.id()).applied());

        assertEquals(1, kernel.alerts().size());
        assertTrue(kernel.alerts().get(0).contains("Applying wg1"), kernel.alerts().toString());
    }

    @Test
    void onlyTheTwentyMostRecentFailuresAreKept() {
        willThrow(new KernelOperationException("down")).given(wireGuard).applyInterface(any(), any());
        for (int i = 0; i < 25; i++) {
            clock.advance(Duration.ofSeconds(1));
            kernel.apply(wg0.id());
        }
        List<String> alerts = kernel.alerts();
        assertEquals(KernelApplier.MAX_ALERTS, alerts.size());
        assertTrue(alerts.get(0).startsWith(NOW.plusSeconds(6).toString()), alerts.get(0));
        assertTrue(alerts.get(19).startsWith(NOW.plusSeconds(25).toString()), alerts.get(19));
    }

    @Test
    void theAlertsListIsASnapshot() {
        willThrow(new KernelOperationException("down")).given(wireGuard).applyInterface(any(), any());
        kernel.apply(wg0.id());
        List<String> snapshot = kernel.alerts();
        kernel.apply(wg1.id());
        assertEquals(1, snapshot.size());
        assertEquals(2, kernel.alerts().size());
    }
}
