package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides how WireGuard can be driven on this host. Kernel mode needs the {@code wg} tool and root
 * (wg talks netlink, wg-quick adds addresses, routes and iptables rules). The check reads the PATH
 * and {@code /proc/self/status}; it starts no process.
 */
public final class KernelModeResolver {
    private final String pathVariable;
    private final Path procRoot;

    /** Looks at this process: its {@code PATH} and {@code /proc}. */
    public KernelModeResolver() {
        this(Objects.requireNonNullElse(System.getenv("PATH"), ""), Path.of("/proc"));
    }

    /**
     * @param pathVariable a PATH value ({@code dir:dir:...}) to search for {@code wg}
     * @param procRoot     normally {@code /proc}; tests pass recorded files
     */
    public KernelModeResolver(String pathVariable, Path procRoot) {
        this.pathVariable = Objects.requireNonNull(pathVariable, "pathVariable");
        this.procRoot = Objects.requireNonNull(procRoot, "procRoot");
    }

    /** The mode to run in and why, in words fit for the log and the dashboard. */
    public record Resolution(KernelStatus.Mode mode, String reason) {
        public Resolution {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * {@code config-only} is taken as asked; {@code auto} becomes kernel mode only when it can work;
     * {@code kernel} fails when it cannot, because an operator who insisted on it would otherwise get
     * a panel that silently does not drive WireGuard.
     *
     * @throws IllegalStateException kernel mode was requested and this host cannot provide it
     */
    public Resolution resolve(WireGuardConfig.Mode requested) {
        Objects.requireNonNull(requested, "requested");
        if (requested == WireGuardConfig.Mode.CONFIG_ONLY) {
            return new Resolution(KernelStatus.Mode.CONFIG_ONLY, "config-only mode was requested");
        }
        List<String> missing = new ArrayList<>();
        Optional<Path> wg = findOnPath("wg");
        if (wg.isEmpty()) {
            missing.add("wg was not found on PATH (install wireguard-tools)");
        }
        if (!runsAsRoot()) {
            missing.add("the panel is not running as root");
        }
        if (missing.isEmpty()) {
            return new Resolution(KernelStatus.Mode.KERNEL, "wg found at " + wg.get() + " and running as root");
        }
        String why = String.join(" and ", missing);
        if (requested == WireGuardConfig.Mode.KERNEL) {
            throw new IllegalStateException("WireGuard mode 'kernel' was requested, but " + why
                    + ". Fix that, or choose mode 'auto' or 'config-only'.");
        }
        return new Resolution(KernelStatus.Mode.CONFIG_ONLY, why);
    }

    /** Empty PATH entries mean the working directory in POSIX; they are skipped so a stray ./wg is never trusted. */
    Optional<Path> findOnPath(String tool) {
        for (String entry : pathVariable.split(":")) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                Path candidate = Path.of(entry, tool);
                if (candidate.isAbsolute() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // A malformed PATH entry cannot hold the tool; look at the next one.
            }
        }
        return Optional.empty();
    }

    /** The effective uid is the second number of the {@code Uid:} line; unreadable counts as "not root". */
    boolean runsAsRoot() {
        try {
            for (String line : Files.readAllLines(procRoot.resolve("self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("Uid:")) {
                    String[] ids = line.substring("Uid:".length()).trim().split("\\s+");
                    return ids.length >= 2 && "0".equals(ids[1]);
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
