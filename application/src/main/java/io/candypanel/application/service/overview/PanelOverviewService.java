package io.candypanel.application.service.overview;

import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

public final class PanelOverviewService implements PanelOverviewUseCase {
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;
    private final HostMetricsPort hostMetrics;
    private final WireGuardPort wireGuard;
    private final KernelApplier kernel;
    private final Supplier<Optional<SyncReport>> lastSync;
    private final ApiTokenRepositoryPort apiTokens;

    public PanelOverviewService(ClientRepositoryPort clients, InterfaceRepositoryPort interfaces, SettingsRepositoryPort settings,
                                HostMetricsPort hostMetrics, WireGuardPort wireGuard, KernelApplier kernel,
                                Supplier<Optional<SyncReport>> lastSync, ApiTokenRepositoryPort apiTokens) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hostMetrics = Objects.requireNonNull(hostMetrics, "hostMetrics");
        this.wireGuard = Objects.requireNonNull(wireGuard, "wireGuard");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.lastSync = Objects.requireNonNull(lastSync, "lastSync");
        this.apiTokens = Objects.requireNonNull(apiTokens, "apiTokens");
    }

    @Override
    public PanelOverview overview() {
        Settings current = settings.load();
        List<Client> allClients = clients.findAll();
        List<WgInterface> allInterfaces = interfaces.findAll();
        HostMetricsPort.HostMetrics host = hostMetrics.sample();
        WireGuardPort.KernelStatus kernelStatus = wireGuard.status();

        long enabled = allClients.stream().filter(Client::isEnabled).count();
        long connected = allClients.stream().filter(Client::isConnectedNow).count();
        List<String> alerts = new ArrayList<>(current.alerts());
        alerts.addAll(kernel.alerts());
        Dashboard dashboard = new Dashboard(host.cpuPercent(), host.memTotalBytes(), host.memAvailableBytes(),
                host.uptimeSeconds(), allClients.size(), enabled, connected, current.status(), alerts,
                current.bandwidthBytes(),
                kernelStatus.mode() == WireGuardPort.KernelStatus.Mode.KERNEL ? "kernel" : "config-only",
                kernelStatus.description(), host.netReceiveBytesPerSecond(), host.netSendBytesPerSecond(), lastSync.get());
        List<String> tokenNames = apiTokens.findAll().stream().map(ApiToken::name).toList();
        return new PanelOverview(dashboard, allClients, allInterfaces, current.adminView(), tokenNames);
    }
}
