package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.metrics.HostMetricsPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host load from Linux's {@code /proc}: CPU use between two calls (from the jiffy counters in
 * {@code /proc/stat}), memory from {@code /proc/meminfo}, uptime from {@code /proc/uptime} and
 * network speed from the byte counters in {@code /proc/net/dev} (all interfaces but {@code lo}, in
 * the network namespace of this process).
 *
 * <p>It never sleeps to measure (the original blocked each dashboard request for a second): CPU
 * and network figures cover the time since the previous call, and the first call reports 0. Without
 * {@code /proc} (another OS, a locked-down container) the values are 0 rather than an error, since
 * the dashboard must still load.
 */
public final class ProcHostMetrics implements HostMetricsPort {
    private static final Logger LOG = LoggerFactory.getLogger(ProcHostMetrics.class);

    /** Closer samples (two dashboards polling together) would give jumpy rates; the last figures are repeated instead. */
    static final long MIN_NET_INTERVAL_NANOS = 100_000_000L;
    private static final String LOOPBACK = "lo";

    private final Path procRoot;
    private final LongSupplier nanoTime;
    private CpuTimes previous;       // guarded by this; null until the first readable sample
    private double lastCpuPercent;   // guarded by this
    private NetSample previousNet;   // guarded by this; null until the first readable sample
    private NetRates lastNetRates = NetRates.ZERO; // guarded by this

    public ProcHostMetrics() {
        this(Path.of("/proc"));
    }

    /** @param procRoot normally {@code /proc}; tests pass a directory of recorded files */
    public ProcHostMetrics(Path procRoot) {
        this(procRoot, System::nanoTime);
    }

    /** @param nanoTime a monotonic clock in nanoseconds ({@link System#nanoTime()}); tests pass a fake */
    ProcHostMetrics(Path procRoot, LongSupplier nanoTime) {
        this.procRoot = Objects.requireNonNull(procRoot, "procRoot");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public HostMetrics sample() {
        double cpu = cpuPercent();
        long[] memory = memory();
        long uptime = uptimeSeconds();
        NetRates net = netRates();
        return new HostMetrics(cpu, memory[0], memory[1], uptime, net.receive(), net.send());
    }

    /**
     * Bytes per second since the previous sample, summed over interfaces. Deltas are taken per
     * interface so that one appearing, vanishing or being reset does not swing the total: a new
     * interface (or one whose counter went backwards) was created or reset within the interval, so
     * its whole counter is traffic of the interval; a vanished one no longer counts.
     */
    private synchronized NetRates netRates() {
        Map<String, long[]> counters = readNetCounters();
        long now = nanoTime.getAsLong();
        if (counters.isEmpty()) {
            return NetRates.ZERO;
        }
        NetSample before = previousNet;
        if (before == null) {
            previousNet = new NetSample(now, counters);
            lastNetRates = NetRates.ZERO;
            return NetRates.ZERO;
        }
        long elapsed = now - before.nanoTime();
        if (elapsed < MIN_NET_INTERVAL_NANOS) {
            return lastNetRates;
        }
        long received = 0;
        long sent = 0;
        for (Map.Entry<String, long[]> entry : counters.entrySet()) {
            long[] current = entry.getValue();
            long[] old = before.counters().get(entry.getKey());
            received += old == null || current[0] < old[0] ? current[0] : current[0] - old[0];
            sent += old == null || current[1] < old[1] ? current[1] : current[1] - old[1];
        }
        double seconds = elapsed / 1e9;
        previousNet = new NetSample(now, counters);
        lastNetRates = new NetRates(received / seconds, sent / seconds);
        return lastNetRates;
    }

    /**
     * /proc/net/dev: two header lines, then {@code name: rx-bytes rx-packets ... (8 receive fields)
     * tx-bytes ...}. Returns name to {rx, tx}; unreadable lines are skipped, a missing file gives none.
     */
    private Map<String, long[]> readNetCounters() {
        Map<String, long[]> counters = new HashMap<>();
        for (String line : readLines("net/dev")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue; // a header line
            }
            String name = line.substring(0, colon).trim();
            if (name.isEmpty() || LOOPBACK.equals(name)) {
                continue;
            }
            String[] fields = line.substring(colon + 1).trim().split("\\s+");
            try {
                counters.put(name, new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[8])});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                LOG.debug("Unreadable line in {}/net/dev", procRoot);
            }
        }
        return counters;
    }

    /** Synchronised because the delta needs the previous reading: two callers must not both consume it. */
    private synchronized double cpuPercent() {
        CpuTimes current = readCpuTimes();
        if (current == null) {
            return 0;
        }
        CpuTimes before = previous;
        long totalDelta = before == null ? 0 : current.total() - before.total();
        long idleDelta = before == null ? 0 : current.idle() - before.idle();
        if (before == null || totalDelta < 0 || idleDelta < 0) {
            // First sample, or counters went backwards (another host's files, a wrap): start over.
            previous = current;
            lastCpuPercent = 0;
            return 0;
        }
        if (totalDelta == 0) {
            // Less than one jiffy since the last call: nothing new to measure, repeat the last figure.
            return lastCpuPercent;
        }
        previous = current;
        double busy = 100.0 * (totalDelta - idleDelta) / totalDelta;
        lastCpuPercent = Math.max(0, Math.min(100, busy));
        return lastCpuPercent;
    }

    /**
     * First line of /proc/stat: {@code cpu user nice system idle iowait irq softirq steal guest guest_nice}.
     * Guest time is already inside user/nice, so only the first eight count; iowait is idle time.
     */
    private CpuTimes readCpuTimes() {
        List<String> lines = readLines("stat");
        for (String line : lines) {
            if (!line.startsWith("cpu ")) {
                continue;
            }
            try {
                String[] fields = line.substring(4).trim().split("\\s+");
                long total = 0;
                for (int i = 0; i < Math.min(8, fields.length); i++) {
                    total += Long.parseLong(fields[i]);
                }
                long idle = Long.parseLong(fields[3]) + (fields.length > 4 ? Long.parseLong(fields[4]) : 0);
                return new CpuTimes(total, idle);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                LOG.debug("Unreadable cpu line in {}/stat", procRoot);
                return null;
            }
        }
        return null;
    }

    /** {@code [MemTotal, MemAvailable]} in bytes; kernels before 3.14 lack MemAvailable, MemFree stands in. */
    private long[] memory() {
        long total = 0;
        long available = -1;
        long free = 0;
        for (String line : readLines("meminfo")) {
            if (line.startsWith("MemTotal:")) {
                total = kilobytesToBytes(line);
            } else if (line.startsWith("MemAvailable:")) {
                available = kilobytesToBytes(line);
            } else if (line.startsWith("MemFree:")) {
                free = kilobytesToBytes(line);
            }
        }
        return new long[] {total, available >= 0 ? available : free};
    }

    /** A meminfo line such as {@code MemTotal:       16318412 kB}; 0 when unreadable. */
    private static long kilobytesToBytes(String line) {
        String[] fields = line.trim().split("\\s+");
        try {
            long value = Long.parseLong(fields[1]);
            boolean kilobytes = fields.length > 2 && "kB".equals(fields[2]);
            return kilobytes ? value * 1024 : value;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return 0;
        }
    }

    /** /proc/uptime: {@code <seconds since boot> <idle seconds>}, both with two decimals. */
    private long uptimeSeconds() {
        List<String> lines = readLines("uptime");
        if (lines.isEmpty()) {
            return 0;
        }
        try {
            String seconds = lines.get(0).trim().split("\\s+")[0];
            return (long) Double.parseDouble(seconds);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private List<String> readLines(String file) {
        Path path = procRoot.resolve(file);
        try {
            return Files.readAllLines(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.debug("Could not read {} ({}); reporting 0", path, e.getClass().getSimpleName());
            return List.of();
        }
    }

    private record CpuTimes(long total, long idle) {
    }

    private record NetSample(long nanoTime, Map<String, long[]> counters) {
    }

    private record NetRates(double receive, double send) {
        static final NetRates ZERO = new NetRates(0, 0);
    }
}
