package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.application.port.out.metrics.HostMetricsPort.HostMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fed with files recorded from a real 2-core host (src/test/resources/proc), one second apart.
 * net-dev-1 is a real /proc/net/dev; net-dev-2 is the same host two seconds later, edited to known
 * deltas (the host was idle): lo +10,000,000 both ways, eth0 +3,000,000 received and +1,000,000
 * sent, and a new wg0 with 4,000 received and 6,000 sent.
 */
class ProcHostMetricsTest {
    private static final long MEM_TOTAL = 24_684_084L * 1024;
    private static final long MEM_AVAILABLE = 24_310_488L * 1024;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path proc;

    private final AtomicLong nanoTime = new AtomicLong(42 * SECOND);

    @BeforeEach
    void recordedProc() throws IOException {
        Files.createDirectory(proc.resolve("net"));
        copy("stat-1", "stat");
        copy("meminfo", "meminfo");
        copy("uptime", "uptime");
        copy("net-dev-1", "net/dev");
    }

    @Test
    void theFirstSampleReportsZeroCpuAndNetworkAndTheRecordedMemoryAndUptime() {
        assertEquals(new HostMetrics(0, MEM_TOTAL, MEM_AVAILABLE, 548, 0, 0), new ProcHostMetrics(proc).sample());
    }

    @Test
    void networkSpeedIsTheByteDeltaOfAllInterfacesButLoopbackPerSecond() throws IOException {
        ProcHostMetrics metrics = new ProcHostMetrics(proc, nanoTime::get);
        metrics.sample();
        copy("net-dev-2", "net/dev");
        nanoTime.addAndGet(2 * SECOND);

        HostMetrics second = metrics.sample();

        // eth0 + the new wg0 (its whole counter is new): (3,000,000 + 4,000) / 2 s and (1,000,000 + 6,000) / 2 s.
        assertEquals(1_502_000.0, second.netReceiveBytesPerSecond(), 1e-6);
        assertEquals(503_000.0, second.netSendBytesPerSecond(), 1e-6);
    }

    @Test
    void samplesCloserThan100MillisecondsRepeatTheLastFigureAndKeepTheBaseline() throws IOException {
        ProcHostMetrics metrics = new ProcHostMetrics(proc, nanoTime::get);
        metrics.sample();
        copy("net-dev-2", "net/dev");
        nanoTime.addAndGet(2 * SECOND);
        HostMetrics measured = metrics.sample();

        writeNetDev("eth0", 122_308_215L + 5_000, 1_195_506L + 7_000, "wg0", 4_000, 6_000);
        nanoTime.addAndGet(50_000_000L);
        HostMetrics tooSoon = metrics.sample();
        assertEquals(measured.netReceiveBytesPerSecond(), tooSoon.netReceiveBytesPerSecond());
        assertEquals(measured.netSendBytesPerSecond(), tooSoon.netSendBytesPerSecond());

        nanoTime.addAndGet(450_000_000L); // 0.5 s after net-dev-2, which is still the baseline
        HostMetrics later = metrics.sample();
        assertEquals(10_000.0, later.netReceiveBytesPerSecond(), 1e-6);
        assertEquals(14_000.0, later.netSendBytesPerSecond(), 1e-6);
    }

    @Test
    void aCounterThatWentBackwardsCountsFromZeroAndAVanishedInterfaceNoLonger() throws IOException {
        writeNetDev("eth0", 1_000_000, 2_000_000, "wg0", 500_000, 700_000);
        appendNetDevLine("wg5", 9_000_000, 9_000_000);
        ProcHostMetrics metrics = new ProcHostMetrics(proc, nanoTime::get);
        metrics.sample();
        // wg0 was re-created (500,000 -> 200), wg5 is gone, wg9 is new.
        writeNetDev("eth0", 1_300_000, 2_100_000, "wg0", 200, 400);
        appendNetDevLine("wg9", 1_000, 3_000);
        nanoTime.addAndGet(SECOND);

        HostMetrics sample = metrics.sample();
        assertEquals(300_000.0 + 200 + 1_000, sample.netReceiveBytesPerSecond(), 1e-6);
        assertEquals(100_000.0 + 400 + 3_000, sample.netSendBytesPerSecond(), 1e-6);
    }

    @Test
    void loopbackTrafficIsNotNetworkTraffic() throws IOException {
        ProcHostMetrics metrics = new ProcHostMetrics(proc, nanoTime::get);
        metrics.sample();
        String onlyLoopbackMoved = Files.readString(proc.resolve("net/dev")).replace("264175616", "999999999");
        Files.writeString(proc.resolve("net/dev"), onlyLoopbackMoved);
        nanoTime.addAndGet(SECOND);

        HostMetrics sample = metrics.sample();
        assertEquals(0.0, sample.netReceiveBytesPerSecond());
        assertEquals(0.0, sample.netSendBytesPerSecond());
    }

    @Test
    void unreadableNetDevLinesAreSkipped() throws IOException {
        writeNetDev("eth0", 1_000, 2_000, "wg0", 0, 0);
        ProcHostMetrics metrics = new ProcHostMetrics(proc, nanoTime::get);
        metrics.sample();
        writeNetDev("eth0", 3_000, 6_000, "wg0", 0, 0);
        Files.writeString(proc.resolve("net/dev"), Files.readString(proc.resolve("net/dev"))
                .replace("wg0: 0 0", "wg0: x y") + "garbage: 1 2\n");
        nanoTime.addAndGet(SECOND);

        HostMetrics sample = metrics.sample();
        assertEquals(2_000.0, sample.netReceiveBytesPerSecond(), 1e-6);
        assertEquals(4_000.0, sample.netSendBytesPerSecond(), 1e-6);
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
        assertEquals(new HostMetrics(0, 0, 0, 0, 0, 0), metrics.sample());
        assertEquals(new HostMetrics(0, 0, 0, 0, 0, 0), metrics.sample());
    }

    @Test
    void garbageGivesZerosInsteadOfAnError() throws IOException {
        Files.writeString(proc.resolve("stat"), "cpu  a b c\n");
        Files.writeString(proc.resolve("meminfo"), "MemTotal: lots kB\n");
        Files.writeString(proc.resolve("uptime"), "forever\n");
        Files.writeString(proc.resolve("net/dev"), "eth0: many\n");
        assertEquals(new HostMetrics(0, 0, 0, 0, 0, 0), new ProcHostMetrics(proc).sample());
    }

    @Test
    void oldKernelsWithoutMemAvailableReportMemFree() throws IOException {
        Files.writeString(proc.resolve("meminfo"), "MemTotal:        2048 kB\nMemFree:         512 kB\nBuffers:  64 kB\n");
        HostMetrics sample = new ProcHostMetrics(proc).sample();
        assertEquals(2048L * 1024, sample.memTotalBytes());
        assertEquals(512L * 1024, sample.memAvailableBytes());
    }

    /** A /proc/net/dev with the two header lines, lo, and the two given interfaces (name, rx bytes, tx bytes). */
    private void writeNetDev(String first, long firstRx, long firstTx, String second, long secondRx, long secondTx)
            throws IOException {
        String header = "Inter-|   Receive                                                |  Transmit\n"
                + " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";
        Files.writeString(proc.resolve("net/dev"), header
                + "    lo: 5000 1 0 0 0 0 0 0 5000 1 0 0 0 0 0 0\n"
                + netDevLine(first, firstRx, firstTx) + netDevLine(second, secondRx, secondTx));
    }

    private void appendNetDevLine(String name, long rx, long tx) throws IOException {
        Files.writeString(proc.resolve("net/dev"), netDevLine(name, rx, tx), StandardOpenOption.APPEND);
    }

    private static String netDevLine(String name, long rx, long tx) {
        return String.format("%6s: %d 0 0 0 0 0 0 0 %d 0 0 0 0 0 0 0\n", name, rx, tx);
    }

    private void copy(String resource, String procFile) throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/proc/" + resource), resource)) {
            Files.copy(in, proc.resolve(procFile), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
