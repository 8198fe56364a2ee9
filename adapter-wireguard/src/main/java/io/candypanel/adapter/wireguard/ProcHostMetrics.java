package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.metrics.HostMetricsPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host load from Linux's {@code /proc}: CPU use between two calls (from the jiffy counters in
 * {@code /proc/stat}), memory from {@code /proc/meminfo} and uptime from {@code /proc/uptime}.
 *
 * <p>It never sleeps to measure CPU (the original blocked each dashboard request for a second):
 * the percentage covers the time since the previous call, and the first call reports 0. Without
 * {@code /proc} (another OS, a locked-down container) the values are 0 rather than an error, since
 * the dashboard must still load.
 */
public final class ProcHostMetrics implements HostMetricsPort {
    private static final Logger LOG = LoggerFactory.getLogger(ProcHostMetrics.class);

    private final Path procRoot;
    private CpuTimes previous;       // guarded by this; null until the first readable sample
    private double lastCpuPercent;   // guarded by this

    public ProcHostMetrics() {
        this(Path.of("/proc"));
    }

    /** @param procRoot normally {@code /proc}; tests pass a directory of recorded files */
    public ProcHostMetrics(Path procRoot) {
        this.procRoot = Objects.requireNonNull(procRoot, "procRoot");
    }

    @Override
    public HostMetrics sample() {
        double cpu = cpuPercent();
        long[] memory = memory();
        return new HostMetrics(cpu, memory[0], memory[1], uptimeSeconds());
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
}
