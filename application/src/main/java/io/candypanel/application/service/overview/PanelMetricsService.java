package io.candypanel.application.service.overview;

import io.candypanel.application.port.in.overview.PanelMetrics;
import io.candypanel.application.port.in.overview.PanelMetricsUseCase;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Five store reads in one transaction: three counts, the interfaces and the usage summed per interface.
 * It counts the way {@link PanelDashboardService} does but does not call it: the dashboard also samples
 * the host (which moves the CPU and network baselines the admin's dashboard measures from), asks the
 * kernel and loads the settings, none of which a scrape shows, and its counts would sit in another
 * transaction than the sums.
 */
public final class PanelMetricsService implements PanelMetricsUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final Supplier<Optional<SyncReport>> lastSync;
    private final Clock clock;

    public PanelMetricsService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                               Supplier<Optional<SyncReport>> lastSync, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.lastSync = Objects.requireNonNull(lastSync, "lastSync");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PanelMetrics metrics() {
        Instant now = clock.instant();
        Optional<SyncReport> last = lastSync.get();
        return unitOfWork.inTransaction(() -> {
            // Every interface has a series, 0 without clients; the store's sums are absent for those.
            Map<InterfaceId, Usage> usage = new HashMap<>();
            for (WgInterface wgInterface : interfaces.findAll()) {
                usage.put(wgInterface.id(), Usage.NONE);
            }
            usage.putAll(clients.usagePerInterface());
            ClientCounts counts = ClientCounts.countedIn(clients, now);
            return new PanelMetrics(counts.total(), counts.enabled(), counts.connected(), usage, last);
        });
    }
}
