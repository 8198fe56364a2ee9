package io.candypanel.application.service.overview;

import io.candypanel.application.port.in.overview.PanelSummary;
import io.candypanel.application.port.in.overview.PanelSummaryUseCase;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

public final class PanelSummaryService implements PanelSummaryUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final ClientRevision revision;
    private final Supplier<Optional<SyncReport>> lastSync;
    private final Clock clock;

    public PanelSummaryService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, ClientRevision revision,
                               Supplier<Optional<SyncReport>> lastSync, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.revision = Objects.requireNonNull(revision, "revision");
        this.lastSync = Objects.requireNonNull(lastSync, "lastSync");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PanelSummary summary() {
        // Read the revision before the counts: a change that lands in between shows up as a newer
        // revision on the next poll, never as fresh counts under a stale revision that hides it.
        String current = revision.current();
        Instant now = clock.instant();
        Optional<Instant> lastSyncAt = lastSync.get()
                .map(report -> report.startedAt().plusMillis(report.durationMillis()));
        return unitOfWork.inTransaction(() -> {
            ClientCounts counts = ClientCounts.countedIn(clients, now);
            return new PanelSummary(counts.total(), counts.enabled(), counts.connected(), lastSyncAt, current);
        });
    }
}
