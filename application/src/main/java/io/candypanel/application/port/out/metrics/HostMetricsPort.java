package io.candypanel.application.port.out.metrics;

/** The host's load, memory and uptime, read without blocking. */
public interface HostMetricsPort {
    HostMetrics sample();

    /**
     * @param cpuPercent CPU use since the previous sample (0-100; 0 on the first)
     */
    record HostMetrics(double cpuPercent, long memTotalBytes, long memAvailableBytes, long uptimeSeconds) {
    }
}
