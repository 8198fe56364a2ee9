package io.candypanel.application.port.in.overview;

import java.util.List;
import java.util.Objects;

/**
 * @param cpuPercent      host CPU use since the previous sample, 0-100
 * @param uptimeSeconds   host uptime
 * @param bandwidthBytes  all traffic counted since install
 * @param kernelMode      "kernel" or "config-only"
 * @param kernelStatus    a sentence for the operator about how WireGuard is driven
 * @param alerts          operator alerts (setting {@code alert}) followed by recent kernel failures
 */
public record Dashboard(double cpuPercent, long memTotalBytes, long memAvailableBytes, long uptimeSeconds,
                        long clientsCount, long enabledClientsCount, long connectedClientsCount, String status,
                        List<String> alerts, long bandwidthBytes, String kernelMode, String kernelStatus) {
    public Dashboard {
        Objects.requireNonNull(status, "status");
        alerts = List.copyOf(alerts);
        Objects.requireNonNull(kernelMode, "kernelMode");
        Objects.requireNonNull(kernelStatus, "kernelStatus");
    }

    public double memUsedPercent() {
        return memTotalBytes == 0 ? 0 : 100.0 * (memTotalBytes - memAvailableBytes) / memTotalBytes;
    }
}
