package io.candypanel.application.service.overview;

import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.setting.Settings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The one place the {@link Dashboard} is assembled; {@link PanelOverviewService} takes its dashboard from here. */
public final class PanelDashboardService implements PanelDashboardUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final SettingsRepositoryPort settings;
    private final HostMetricsPort hostMetrics;
    private final WireGuardPort wireGuard;
    private final KernelApplier kernel;
    private final Supplier<Optional<SyncReport>> lastSync;
    private final Clock clock;

    public PanelDashboardService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, SettingsRepositoryPort settings,
                                 HostMetricsPort hostMetrics, WireGuardPort wireGuard, KernelApplier kernel,
                                 Supplier<Optional<SyncReport>> lastSync, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hostMetrics = Objects.requireNonNull(hostMetrics, "hostMetrics");
        this.wireGuard = Objects.requireNonNull(wireGuard, "wireGuard");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.lastSync = Objects.requireNonNull(lastSync, "lastSync");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Dashboard dashboard() {
        // The host and kernel are sampled outside the transaction: they are not stored, and a
        // transaction holds the database's write lock, so it should only last as long as the reads.
        HostMetricsPort.HostMetrics host = hostMetrics.sample();
        WireGuardPort.KernelStatus kernelStatus = wireGuard.status();
        Instant now = clock.instant();
        Stored stored = unitOfWork.inTransaction(() -> new Stored(settings.load(), ClientCounts.countedIn(clients, now)));

        List<String> alerts = new ArrayList<>(stored.settings().alerts());
        alerts.addAll(kernel.alerts());
        return new Dashboard(host.cpuPercent(), host.memTotalBytes(), host.memAvailableBytes(), host.uptimeSeconds(),
                stored.counts().total(), stored.counts().enabled(), stored.counts().connected(), stored.settings().status(), alerts,
                stored.settings().bandwidthBytes(),
                kernelStatus.mode() == WireGuardPort.KernelStatus.Mode.KERNEL ? "kernel" : "config-only",
                kernelStatus.description(), host.netReceiveBytesPerSecond(), host.netSendBytesPerSecond(), lastSync.get());
    }

    /** What one transaction read: the settings and the client counts, consistent with each other. */
    private record Stored(Settings settings, ClientCounts counts) {
    }
}
