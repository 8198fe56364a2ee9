package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.application.port.out.metrics.HostMetricsPort.HostMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fed with files recorded from a real 2-core host (src/test/resources/proc), one second apart. */
class ProcHostMetricsTest {
    private static final long MEM_TOTAL = 24_684_084L * 1024;
    private static final long MEM_AVAILABLE = 24_310_488L * 1024;

    @TempDir
    Path proc;

    @BeforeEach
    void recordedProc() throws IOException {
        copy("stat-1", "stat");
        copy("meminfo", "meminfo");
        copy("uptime", "uptime");
    }

    @Test
    void theFirstSampleReportsZeroCpuAndTheRecordedMemoryAndUptime() {
        assertEquals(new HostMetrics(0, MEM_TOTAL, MEM_AVAILABLE, 548), new ProcHostMetrics(proc).sample());
    }

    @Test
    void cpuIsTheBusyShareOfTheJiffiesBetweenTwoSamples() throws IOException {
        ProcHostMetrics metrics = new ProcHostMetrics(proc);
        metrics.sample();
        copy("stat-2", "stat");

        // total (user..steal) 109164 -> 109365 = 201 jiffies; idle+iowait 94735 -> 94828 = 93; busy 108/201.
        assertEquals(100.0 * 108 / 201, metrics.sample().cpuPercent(), 1e-9);
    }

    @Test
    void withoutANewJiffyTheLastFigureIsRepeated() throws IOException {
        ProcHostMetrics metrics = new ProcHostMetrics(proc);
        metrics.sample();
        copy("stat-2", "stat");
        double measured = metrics.sample().cpuPercent();

        assertEquals(measured, metrics.sample().cpuPercent());
    }

    @Test
    void theBaselineMovesWithEachSample() throws IOException {
        ProcHostMetrics metrics = new ProcHostMetrics(proc);
        metrics.sample();
        copy("stat-2", "stat");
        metrics.sample();
        // 100 more jiffies, 25 of them idle: 75 % busy, measured against stat-2, not stat-1.
        Files.writeString(proc.resolve("stat"), "cpu  9322 0 4994 94435 418 0 73 223 0 0\n");

        assertEquals(75.0, metrics.sample().cpuPercent(), 1e-9);
    }

    @Test
    void countersGoingBackwardsRestartTheMeasurement() throws IOException {
        ProcHostMetrics metrics = new ProcHostMetrics(proc);
        copy("stat-2", "stat");
        metrics.sample();
        copy("stat-1", "stat");

        assertEquals(0.0, metrics.sample().cpuPercent());
    }

    @Test
    void missingProcGivesZerosInsteadOfAnError() {
        ProcHostMetrics metrics = new ProcHostMetrics(proc.resolve("does-not-exist"));
        assertEquals(new HostMetrics(0, 0, 0, 0), metrics.sample());
        assertEquals(new HostMetrics(0, 0, 0, 0), metrics.sample());
    }

    @Test
    void garbageGivesZerosInsteadOfAnError() throws IOException {
        Files.writeString(proc.resolve("stat"), "cpu  a b c\n");
        Files.writeString(proc.resolve("meminfo"), "MemTotal: lots kB\n");
        Files.writeString(proc.resolve("uptime"), "forever\n");
        assertEquals(new HostMetrics(0, 0, 0, 0), new ProcHostMetrics(proc).sample());
    }

    @Test
    void oldKernelsWithoutMemAvailableReportMemFree() throws IOException {
        Files.writeString(proc.resolve("meminfo"), "MemTotal:        2048 kB\nMemFree:         512 kB\nBuffers:  64 kB\n");
        HostMetrics sample = new ProcHostMetrics(proc).sample();
        assertEquals(2048L * 1024, sample.memTotalBytes());
        assertEquals(512L * 1024, sample.memAvailableBytes());
    }

    private void copy(String resource, String procFile) throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/proc/" + resource), resource)) {
            Files.copy(in, proc.resolve(procFile), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
