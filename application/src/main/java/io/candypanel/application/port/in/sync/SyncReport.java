package io.candypanel.application.port.in.sync;

import io.candypanel.domain.client.DisabledReason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a sync tick did.
 *
 * @param peersRead          peers in the kernel dump (all interfaces)
 * @param clientsUpdated     clients whose stored usage, counters or state changed
 * @param bytesCounted       traffic booked in this tick
 * @param disabled           clients disabled by enforcement, with the reason
 * @param reEnabled          clients enabled again by the monthly usage reset
 * @param kernelActions      what was changed in the kernel (restarts, reconciliation)
 * @param kernelFailures     kernel operations that failed (kept as dashboard alerts)
 */
public record SyncReport(Instant startedAt, long durationMillis, int peersRead, int clientsUpdated, long bytesCounted,
                         List<DisabledClient> disabled, int reEnabled, List<String> kernelActions,
                         List<String> kernelFailures) {
    public SyncReport {
        Objects.requireNonNull(startedAt, "startedAt");
        disabled = List.copyOf(disabled);
        kernelActions = List.copyOf(kernelActions);
        kernelFailures = List.copyOf(kernelFailures);
    }

    public record DisabledClient(String name, DisabledReason reason) {
        public DisabledClient {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
