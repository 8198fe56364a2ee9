package io.candypanel.application.service.overview;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort.HostMetrics;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientStatusFilter;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PanelDashboardServiceTest {
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final AtomicReference<Optional<SyncReport>> lastSync = new AtomicReference<>(Optional.empty());

    @Mock
    private HostMetricsPort hostMetrics;
    @Mock
    private WireGuardPort wireGuard;

    private KernelApplier kernel;
    private PanelDashboardService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(TestData.wgInterface(0, "10.0.0.1/24", 51820));
        interfaces.insert(TestData.wgInterface(1, "10.1.0.1/24", 51821));
        clients.insert(TestData.client("alice", 0, "10.0.0.2", IN_30_DAYS, Quota.UNLIMITED, new Usage(10, 20), true, null, true));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        clients.insert(TestData.disabledClient("carol", 1, "10.1.0.2", DisabledReason.QUOTA));
        settings.saveAll(Map.of(SettingKey.ALERT, "[\"Maintenance tonight\", \"Prices change\"]",
                SettingKey.BANDWIDTH, "987654321", SettingKey.INSTALLED, "1"));
        kernel = TestKernel.applier(interfaces, clients, settings, new DirectUnitOfWork(), wireGuard, clock);
        service = new PanelDashboardService(unitOfWork, clients, settings, hostMetrics, wireGuard, kernel, lastSync::get, clock);
    }

    private void givenTheHost() {
        given(hostMetrics.sample()).willReturn(new HostMetrics(12.5, 8_000_000_000L, 2_000_000_000L, 3600, 1500.5, 250.25));
    }

    private void givenTheKernel() {
        given(wireGuard.status()).willReturn(new KernelStatus(KernelStatus.Mode.KERNEL, "Driving WireGuard with wg 1.0.20210914."));
    }

    @Test
    void countsClientsAndCopiesHostMetricsAndSettings() {
        givenTheHost();
        givenTheKernel();

        Dashboard dashboard = service.dashboard();

        assertEquals(new Dashboard(12.5, 8_000_000_000L, 2_000_000_000L, 3600, 3, 2, 1, "1",
                List.of("Maintenance tonight", "Prices change"), 987_654_321L, "kernel",
                "Driving WireGuard with wg 1.0.20210914.", 1500.5, 250.25, Optional.empty()), dashboard);
        assertEquals(75.0, dashboard.memUsedPercent());
        assertEquals(1, unitOfWork.transactions(), "settings and counts are read in one transaction");
    }

    @Test
    void countsWithThreeQueriesInsideOneTransactionAndNeverLoadsAClient() {
        givenTheHost();
        givenTheKernel();
        DirectUnitOfWork watched = new DirectUnitOfWork();
        ClientRepositoryPort counting = mock(ClientRepositoryPort.class);
        given(counting.countMatching(any())).willAnswer(call -> {
            assertTrue(watched.isOpen(), "counted outside the transaction");
            ClientFilter filter = call.getArgument(0);
            assertEquals(NOW, filter.now());
            assertEquals(Optional.empty(), filter.search());
            return switch (filter.status()) {
                case ALL -> 10_000L;
                case ENABLED -> 9_000L;
                case CONNECTED -> 1_234L;
                default -> throw new AssertionError("not a dashboard count: " + filter.status());
            };
        });

        Dashboard dashboard = new PanelDashboardService(watched, counting, settings, hostMetrics, wireGuard, kernel, lastSync::get,
                clock).dashboard();

        assertEquals(10_000, dashboard.clientsCount());
        assertEquals(9_000, dashboard.enabledClientsCount());
        assertEquals(1_234, dashboard.connectedClientsCount());
        verify(counting, times(3)).countMatching(any());
        verifyNoMoreInteractions(counting);
    }

    @Test
    void theCountsFollowTheStore() {
        givenTheHost();
        givenTheKernel();
        assertEquals(3, service.dashboard().clientsCount());

        clients.delete(new ClientName("alice"));

        Dashboard dashboard = service.dashboard();
        assertEquals(2, dashboard.clientsCount());
        assertEquals(1, dashboard.enabledClientsCount());
        assertEquals(0, dashboard.connectedClientsCount());
        assertEquals(clients.countMatching(new ClientFilter(ClientStatusFilter.ENABLED, Optional.empty(), NOW)),
                dashboard.enabledClientsCount());
    }

    @Test
    void configOnlyModeIsSaidPlainly() {
        givenTheHost();
        given(wireGuard.status()).willReturn(new KernelStatus(KernelStatus.Mode.CONFIG_ONLY,
                "WireGuard tools not found: configs are written but the kernel is not driven."));
        Dashboard dashboard = service.dashboard();
        assertEquals("config-only", dashboard.kernelMode());
        assertTrue(dashboard.kernelStatus().contains("not driven"));
    }

    @Test
    void alertsAreTheSettingAlertsFollowedByKernelFailures() {
        givenTheHost();
        willThrow(new KernelOperationException("wg syncconf failed")).given(wireGuard).applyInterface(any(), any());
        kernel.apply(new InterfaceId(1));
        given(wireGuard.status()).willReturn(new KernelStatus(KernelStatus.Mode.KERNEL, "ok"));

        List<String> alerts = service.dashboard().alerts();

        assertEquals(List.of("Maintenance tonight", "Prices change", NOW + " Applying wg1 to WireGuard failed: wg syncconf failed"),
                alerts);
    }

    @Test
    void aMemoryTotalOfZeroGivesZeroPercent() {
        given(hostMetrics.sample()).willReturn(new HostMetrics(0, 0, 0, 0, 0, 0));
        given(wireGuard.status()).willReturn(new KernelStatus(KernelStatus.Mode.CONFIG_ONLY, "x"));
        assertEquals(0.0, service.dashboard().memUsedPercent());
    }

    @Test
    void theLastSyncIsShownWhenOneRanAndAbsentBefore() {
        givenTheHost();
        givenTheKernel();
        assertEquals(Optional.empty(), service.dashboard().lastSync());

        SyncReport report = new SyncReport(NOW, 12, 3, 2, 4096,
                List.of(new SyncReport.DisabledClient("carol", DisabledReason.QUOTA)), 0, List.of(), List.of());
        lastSync.set(Optional.of(report));

        assertEquals(Optional.of(report), service.dashboard().lastSync());
    }
}
