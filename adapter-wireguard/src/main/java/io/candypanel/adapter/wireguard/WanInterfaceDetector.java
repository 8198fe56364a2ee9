package io.candypanel.adapter.wireguard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the host's outgoing interface for the NAT rule: the interface of the IPv4 default route in
 * {@code /proc/net/route} (lowest metric wins), or {@code eth0} when there is none. Reading the
 * kernel's table directly needs no process and no library (the original shelled out to
 * {@code ip route | grep default | awk}).
 */
final class WanInterfaceDetector {
    static final String FALLBACK = "eth0";
    private static final Logger LOG = LoggerFactory.getLogger(WanInterfaceDetector.class);
    private static final int RTF_UP = 0x1;

    private final Path procRoot;

    /** @param procRoot normally {@code /proc}; tests pass a directory of recorded files */
    WanInterfaceDetector(Path procRoot) {
        this.procRoot = Objects.requireNonNull(procRoot, "procRoot");
    }

    String detect() {
        Path routes = procRoot.resolve("net/route");
        List<String> lines;
        try {
            lines = Files.readAllLines(routes, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warn("Could not read {} ({}); using '{}' as the WAN interface", routes, e.getClass().getSimpleName(), FALLBACK);
            return FALLBACK;
        }
        String best = null;
        long bestMetric = Long.MAX_VALUE;
        // Line 1 is the header: Iface Destination Gateway Flags RefCnt Use Metric Mask MTU Window IRTT
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 8 || !"00000000".equals(fields[1]) || !"00000000".equals(fields[7])) {
                continue;
            }
            try {
                int flags = Integer.parseInt(fields[3], 16);
                long metric = Long.parseLong(fields[6]);
                if ((flags & RTF_UP) == 0 || metric >= bestMetric) {
                    continue;
                }
                if (!ServerConfigRenderer.INTERFACE_NAME.matcher(fields[0]).matches()) {
                    LOG.warn("Ignoring a default route on an interface with an unexpected name in {}", routes);
                    continue;
                }
                best = fields[0];
                bestMetric = metric;
            } catch (NumberFormatException e) {
                LOG.warn("Ignoring an unreadable line in {}", routes);
            }
        }
        if (best == null) {
            LOG.warn("No IPv4 default route in {}; using '{}' as the WAN interface", routes, FALLBACK);
            return FALLBACK;
        }
        return best;
    }
}
