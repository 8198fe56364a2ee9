package io.candypanel.adapter.http.overview;

import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.sync.SyncReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code data.dashboard}, formatted like the original: percentages, memory and network speed as
 * display strings, uptime (seconds) and bandwidth (bytes) as numbers. {@code net.download} is what
 * the host received, {@code net.upload} what it sent, as the original labelled them; the speeds are
 * the use case's (sampled between requests, not by a 1-second blocking sleep per request as the
 * original did). {@code enabled_clients}, {@code connected_clients}, {@code wg_mode},
 * {@code wg_status} and {@code last_sync} (null until a sync ran since start) are new.
 */
record DashboardResponse(String cpu, MemResponse mem, NetResponse net, long uptime, long clientsCount, long enabledClients,
                         long connectedClients, String status, List<String> alert, long bandwidth, String wgMode,
                         String wgStatus, LastSyncResponse lastSync) {
    private static final double GIB = 1024.0 * 1024 * 1024;

    static DashboardResponse from(Dashboard dashboard) {
        return new DashboardResponse(
                percent(dashboard.cpuPercent()),
                new MemResponse(gigabytes(dashboard.memTotalBytes()), gigabytes(dashboard.memAvailableBytes()),
                        percent(dashboard.memUsedPercent())),
                new NetResponse(kilobytesPerSecond(dashboard.netReceiveBytesPerSecond()),
                        kilobytesPerSecond(dashboard.netSendBytesPerSecond())),
                dashboard.uptimeSeconds(),
                dashboard.clientsCount(),
                dashboard.enabledClientsCount(),
                dashboard.connectedClientsCount(),
                dashboard.status(),
                dashboard.alerts(),
                dashboard.bandwidthBytes(),
                dashboard.kernelMode(),
                dashboard.kernelStatus(),
                dashboard.lastSync().map(LastSyncResponse::from).orElse(null));
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / GIB);
    }

    /** The original's format: {@code bytes / 1024} with two decimals, {@code "12.34 KB/s"}. */
    static String kilobytesPerSecond(double bytesPerSecond) {
        return String.format(Locale.ROOT, "%.2f KB/s", bytesPerSecond / 1024.0);
    }

    record MemResponse(String total, String available, String usage) {
    }

    /**
     * @param download what the host received per second, {@code "<x.xx> KB/s"}
     * @param upload   what the host sent per second, {@code "<x.xx> KB/s"}
     */
    record NetResponse(String download, String upload) {
    }

    /** The last sync tick in brief; {@code sync/trigger} returns the whole report. */
    record LastSyncResponse(Instant at, long durationMs, int peersRead, long bytesCounted) {

        static LastSyncResponse from(SyncReport report) {
            return new LastSyncResponse(report.startedAt(), report.durationMillis(), report.peersRead(), report.bytesCounted());
        }
    }
}
