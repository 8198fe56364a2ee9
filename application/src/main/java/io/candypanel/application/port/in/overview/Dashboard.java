package io.candypanel.application.port.in.overview;

import io.candypanel.application.port.in.sync.SyncReport;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * @param cpuPercent      host CPU use since the previous sample, 0-100
 * @param uptimeSeconds   host uptime
 * @param bandwidthBytes  all traffic counted since install
 * @param kernelMode      "kernel" or "config-only"
 * @param kernelStatus    a sentence for the operator about how WireGuard is driven
 * @param alerts          operator alerts (setting {@code alert}) followed by recent kernel failures
 * @param netReceiveBytesPerSecond host network speed in, since the previous sample
 * @param netSendBytesPerSecond    host network speed out, since the previous sample
 * @param lastSync        the last sync tick, if one ran since start
 */
public record Dashboard(double cpuPercent, long memTotalBytes, long memAvailableBytes, long uptimeSeconds,
                        long clientsCount, long enabledClientsCount, long connectedClientsCount, String status,
                        List<String> alerts, long bandwidthBytes, String kernelMode, String kernelStatus,
                        double netReceiveBytesPerSecond, double netSendBytesPerSecond, Optional<SyncReport> lastSync) {
    public Dashboard {
        Objects.requireNonNull(status, "status");
        alerts = List.copyOf(alerts);
        Objects.requireNonNull(kernelMode, "kernelMode");
        Objects.requireNonNull(kernelStatus, "kernelStatus");
        Objects.requireNonNull(lastSync, "lastSync");
    }

    public double memUsedPercent() {
        return memTotalBytes == 0 ? 0 : 100.0 * (memTotalBytes - memAvailableBytes) / memTotalBytes;
    }
}
