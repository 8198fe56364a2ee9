package io.candypanel.adapter.http.sync;

import io.candypanel.application.port.in.sync.SyncReport;
import java.time.Instant;
import java.util.List;

/**
 * {@code data} of {@code sync/trigger}: what the tick did. The original returned nothing but its
 * message; the report is new.
 *
 * @param bytesCounted   traffic booked in this tick
 * @param disabled       clients disabled by enforcement, with {@code reason} as in {@code disabled_reason}
 * @param reEnabled      clients enabled again by the monthly usage reset
 * @param kernelFailures kernel operations that failed; the dashboard keeps them as alerts
 */
record SyncReportResponse(Instant startedAt, long durationMs, int peersRead, int clientsUpdated, long bytesCounted,
                          List<DisabledResponse> disabled, int reEnabled, List<String> kernelActions,
                          List<String> kernelFailures) {

    static SyncReportResponse from(SyncReport report) {
        return new SyncReportResponse(
                report.startedAt(),
                report.durationMillis(),
                report.peersRead(),
                report.clientsUpdated(),
                report.bytesCounted(),
                report.disabled().stream().map(c -> new DisabledResponse(c.name(), c.reason().wireName())).toList(),
                report.reEnabled(),
                report.kernelActions(),
                report.kernelFailures());
    }

    record DisabledResponse(String name, String reason) {
    }
}
