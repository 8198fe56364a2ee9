package io.candypanel.adapter.http.overview;

import io.candypanel.application.port.in.overview.Dashboard;
import java.util.List;
import java.util.Locale;

/**
 * {@code data.dashboard}, formatted like the original: percentages and memory as display strings,
 * uptime (seconds) and bandwidth (bytes) as numbers. The original's {@code net} (a 1-second blocking
 * sample per request) is gone; {@code enabled_clients}, {@code connected_clients}, {@code wg_mode}
 * and {@code wg_status} are new.
 */
record DashboardResponse(String cpu, MemResponse mem, long uptime, long clientsCount, long enabledClients,
                         long connectedClients, String status, List<String> alert, long bandwidth, String wgMode,
                         String wgStatus) {
    private static final double GIB = 1024.0 * 1024 * 1024;

    static DashboardResponse from(Dashboard dashboard) {
        return new DashboardResponse(
                percent(dashboard.cpuPercent()),
                new MemResponse(gigabytes(dashboard.memTotalBytes()), gigabytes(dashboard.memAvailableBytes()),
                        percent(dashboard.memUsedPercent())),
                dashboard.uptimeSeconds(),
                dashboard.clientsCount(),
                dashboard.enabledClientsCount(),
                dashboard.connectedClientsCount(),
                dashboard.status(),
                dashboard.alerts(),
                dashboard.bandwidthBytes(),
                dashboard.kernelMode(),
                dashboard.kernelStatus());
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / GIB);
    }

    record MemResponse(String total, String available, String usage) {
    }
}
