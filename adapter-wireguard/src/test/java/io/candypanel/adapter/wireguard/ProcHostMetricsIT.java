package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.out.metrics.HostMetricsPort.HostMetrics;
import org.junit.jupiter.api.Test;

/** Smoke test against this machine's real /proc. */
class ProcHostMetricsIT {

    @Test
    void readsTheRealProc() {
        ProcHostMetrics metrics = new ProcHostMetrics();
        HostMetrics first = metrics.sample();

        assertEquals(0.0, first.cpuPercent());
        assertTrue(first.memTotalBytes() > 0, first.toString());
        assertTrue(first.memAvailableBytes() > 0, first.toString());
        assertTrue(first.memAvailableBytes() <= first.memTotalBytes(), first.toString());
        assertTrue(first.uptimeSeconds() > 0, first.toString());
        assertEquals(0.0, first.netReceiveBytesPerSecond());
        assertEquals(0.0, first.netSendBytesPerSecond());

        burnCpuFor(300);
        HostMetrics second = metrics.sample();

        // This thread kept one core busy, so some share of the jiffies since the first sample was busy.
        assertTrue(second.cpuPercent() > 0 && second.cpuPercent() <= 100, second.toString());
        assertTrue(second.netReceiveBytesPerSecond() >= 0 && second.netSendBytesPerSecond() >= 0, second.toString());
    }

    private static void burnCpuFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x += System.nanoTime() % 7;
        }
        assertTrue(x >= 0);
    }
}
