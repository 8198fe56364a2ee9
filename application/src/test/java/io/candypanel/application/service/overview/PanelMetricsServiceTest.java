package io.candypanel.application.service.overview;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.overview.PanelMetrics;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PanelMetricsServiceTest {
    private static final InterfaceId WG1 = new InterfaceId(1);
    private static final InterfaceId WG2 = new InterfaceId(2);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final AtomicReference<Optional<SyncReport>> lastSync = new AtomicReference<>(Optional.empty());

    private PanelMetricsService service;

    @BeforeEach
    void setUp() {
        // Inserted out of order: the result is ordered by id all the same.
        interfaces.insert(TestData.wgInterface(2, "10.2.0.1/24", 51822));
        interfaces.insert(TestData.wgInterface(0, "10.0.0.1/24", 51820));
        interfaces.insert(TestData.wgInterface(1, "10.1.0.1/24", 51821));
        clients.insert(TestData.client("alice", 0, "10.0.0.2", IN_30_DAYS, Quota.UNLIMITED, new Usage(100, 10), true, null, true));
        clients.insert(TestData.client("bob", 0, "10.0.0.3", IN_30_DAYS, Quota.UNLIMITED, new Usage(200, 20), true, null, false));
        clients.insert(TestData.client("carol", 1, "10.1.0.2", IN_30_DAYS, Quota.UNLIMITED, new Usage(5_000_000_000L, 7), false,
                DisabledReason.QUOTA, false));
        service = new PanelMetricsService(unitOfWork, clients, interfaces, lastSync::get, clock);
    }

    @Test
    void countsTheClientsAndSumsTheirUsagePerInterfaceWithEveryInterfaceInIdOrder() {
        PanelMetrics metrics = service.metrics();

        assertEquals(new PanelMetrics(3, 2, 1, Map.of(InterfaceId.FIRST, new Usage(300, 30),
                WG1, new Usage(5_000_000_000L, 7), WG2, Usage.NONE), Optional.empty()), metrics);
        assertEquals(List.of(InterfaceId.FIRST, WG1, WG2), List.copyOf(metrics.usagePerInterface().keySet()));
        assertEquals(1, unitOfWork.transactions(), "every store read in one transaction");
    }

    @Test
    void theNumbersFollowTheStoreAndTheLastSync() {
        SyncReport report = new SyncReport(NOW.minusSeconds(10), 42, 3, 2, 4096, List.of(), 0, List.of(), List.of());
        lastSync.set(Optional.of(report));
        clients.delete(new ClientName("alice"));
        interfaces.delete(WG1); // its clients go with it

        PanelMetrics metrics = service.metrics();

        assertEquals(new PanelMetrics(1, 1, 0, Map.of(InterfaceId.FIRST, new Usage(200, 20), WG2, Usage.NONE),
                Optional.of(report)), metrics);
    }

    @Test
    void readsWithCountingAndSummingQueriesInsideOneTransactionAndNeverLoadsAClient() {
        DirectUnitOfWork watched = new DirectUnitOfWork();
        ClientRepositoryPort store = mock(ClientRepositoryPort.class);
        InterfaceRepositoryPort storedInterfaces = mock(InterfaceRepositoryPort.class);
        given(store.countMatching(any())).willAnswer(call -> {
            assertTrue(watched.isOpen(), "counted outside the transaction");
            ClientFilter filter = call.getArgument(0);
            assertEquals(NOW, filter.now());
            assertEquals(Optional.empty(), filter.search());
            return switch (filter.status()) {
                case ALL -> 10_000L;
                case ENABLED -> 9_000L;
                case CONNECTED -> 1_234L;
                default -> throw new AssertionError("not a metrics count: " + filter.status());
            };
        });
        given(store.usagePerInterface()).willAnswer(call -> {
            assertTrue(watched.isOpen(), "summed outside the transaction");
            return Map.of(WG1, new Usage(Long.MAX_VALUE, 5));
        });
        given(storedInterfaces.findAll()).willAnswer(call -> {
            assertTrue(watched.isOpen(), "interfaces read outside the transaction");
            return List.of(TestData.wgInterface(0, "10.0.0.1/24", 51820), TestData.wgInterface(1, "10.1.0.1/24", 51821));
        });

        PanelMetrics metrics = new PanelMetricsService(watched, store, storedInterfaces, lastSync::get, clock).metrics();

        assertEquals(new PanelMetrics(10_000, 9_000, 1_234, Map.of(InterfaceId.FIRST, Usage.NONE,
                WG1, new Usage(Long.MAX_VALUE, 5)), Optional.empty()), metrics);
        verify(store, times(3)).countMatching(any());
        verify(store).usagePerInterface();
        verifyNoMoreInteractions(store);
        verify(storedInterfaces).findAll();
        verifyNoMoreInteractions(storedInterfaces);
    }

    @Test
    void usageTheStoreSumsForAnInterfaceItDidNotListIsKept() {
        // Cannot happen with the stores' foreign key; the old metrics kept such a series, and so does this.
        ClientRepositoryPort store = mock(ClientRepositoryPort.class);
        InterfaceRepositoryPort noInterfaces = mock(InterfaceRepositoryPort.class);
        given(store.usagePerInterface()).willReturn(Map.of(new InterfaceId(7), new Usage(1, 2)));
        given(noInterfaces.findAll()).willReturn(List.of());

        PanelMetrics metrics = new PanelMetricsService(unitOfWork, store, noInterfaces, lastSync::get, clock).metrics();

        assertEquals(Map.of(new InterfaceId(7), new Usage(1, 2)), metrics.usagePerInterface());
    }
}
