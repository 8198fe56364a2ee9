package io.candypanel.application.service.overview;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.BDDMockito.given;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryApiTokenRepository;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.application.port.in.setting.SettingsView;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort.HostMetrics;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.application.service.setting.ViewSettingsService;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The overview is the dashboard of {@link PanelDashboardService}, the settings of
 * {@link ViewSettingsService}, and every client and interface; the dashboard's own rules are tested in
 * {@link PanelDashboardServiceTest}.
 */
@ExtendWith(MockitoExtension.class)
class PanelOverviewServiceTest {
    private static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Mock
    private HostMetricsPort hostMetrics;
    @Mock
    private WireGuardPort wireGuard;

    private PanelDashboardService dashboard;
    private ViewSettingsService viewSettings;
    private PanelOverviewService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(TestData.wgInterface(0, "10.0.0.1/24", 51820));
        interfaces.insert(TestData.wgInterface(1, "10.1.0.1/24", 51821));
        clients.insert(TestData.client("alice", 0, "10.0.0.2", IN_30_DAYS, Quota.UNLIMITED, new Usage(10, 20), true, null, true));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        clients.insert(TestData.disabledClient("carol", 1, "10.1.0.2", DisabledReason.QUOTA));
        settings.saveAll(Map.of(SettingKey.ALERT, "[\"Maintenance tonight\"]", SettingKey.BANDWIDTH, "987654321",
                SettingKey.TELEGRAM_BOT_TOKEN, BOT_TOKEN, SettingKey.INSTALLED, "1"));
        KernelApplier kernel = TestKernel.applier(interfaces, clients, settings, new DirectUnitOfWork(), wireGuard, clock);
        SyncReport report = new SyncReport(NOW, 12, 3, 2, 4096, List.of(), 0, List.of(), List.of());
        dashboard = new PanelDashboardService(unitOfWork, clients, settings, hostMetrics, wireGuard, kernel,
                () -> Optional.of(report), clock);
        viewSettings = new ViewSettingsService(unitOfWork, settings, apiTokens);
        service = new PanelOverviewService(dashboard, viewSettings, clients, interfaces);
        given(hostMetrics.sample()).willReturn(new HostMetrics(12.5, 8_000_000_000L, 2_000_000_000L, 3600, 1500.5, 250.25));
        given(wireGuard.status()).willReturn(new KernelStatus(KernelStatus.Mode.KERNEL, "Driving WireGuard with wg 1.0.20210914."));
    }

    @Test
    void theDashboardIsTheDashboardUseCasesAndCountsWhatTheListHolds() {
        PanelOverview overview = service.overview();

        Dashboard shown = overview.dashboard();
        assertEquals(dashboard.dashboard(), shown);
        assertEquals(3, shown.clientsCount());
        assertEquals(2, shown.enabledClientsCount());
        assertEquals(1, shown.connectedClientsCount());
        assertEquals(overview.clients().size(), shown.clientsCount());
        assertEquals(List.of("Maintenance tonight"), shown.alerts());
        assertEquals(987_654_321L, shown.bandwidthBytes());
    }

    @Test
    void listsEveryClientByNameAndEveryInterfaceById() {
        PanelOverview overview = service.overview();

        assertEquals(List.of("alice", "bob", "carol"), overview.clients().stream().map(c -> c.name().value()).toList());
        assertEquals(List.of(new InterfaceId(0), new InterfaceId(1)), overview.interfaces().stream().map(i -> i.id()).toList());
    }

    @Test
    void settingsAreShownByWireNameWithTheBotTokenMasked() {
        Map<String, String> shown = service.overview().settings();

        assertEquals("****Dsaw", shown.get("telegram_bot_token"));
        assertFalse(shown.values().stream().anyMatch(v -> v.contains(BOT_TOKEN)));
        assertEquals("987654321", shown.get("bandwidth"));
        assertEquals("1", shown.get("install"));
        assertEquals(settings.load().adminView(), shown);
        assertEquals(SettingKey.values().length, shown.size());
    }

    @Test
    void settingsAndApiTokensAreExactlyWhatTheSettingsUseCaseShows() {
        String botToken = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";
        apiTokens.save(new ApiToken("telegram-bot", TokenHash.of(botToken), NOW));
        apiTokens.save(new ApiToken("ci", TokenHash.of("api-token-0000000000111111111122222222223333"), NOW));

        PanelOverview overview = service.overview();

        SettingsView view = viewSettings.view();
        assertEquals(view.settings(), overview.settings());
        assertEquals(view.apiTokenNames(), overview.apiTokenNames());
        assertEquals(List.of("ci", "telegram-bot"), overview.apiTokenNames());
        assertFalse(overview.toString().contains(botToken));
        assertFalse(overview.toString().contains(TokenHash.of(botToken).hex()), "not even the stored hash");
    }

    @Test
    void noApiTokensIsAnEmptyList() {
        assertEquals(List.of(), service.overview().apiTokenNames());
    }
}
