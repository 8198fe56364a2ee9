package io.candypanel.application.port.out.metrics;

/** The host's load, memory, uptime and network speed, read without blocking. */
public interface HostMetricsPort {
    HostMetrics sample();

    /**
     * @param cpuPercent              CPU use since the previous sample (0-100; 0 on the first)
     * @param netReceiveBytesPerSecond  all non-loopback interfaces, since the previous sample (0 on the first)
     * @param netSendBytesPerSecond     likewise for sent bytes
     */
    record HostMetrics(double cpuPercent, long memTotalBytes, long memAvailableBytes, long uptimeSeconds,
                       double netReceiveBytesPerSecond, double netSendBytesPerSecond) {
    }
}
