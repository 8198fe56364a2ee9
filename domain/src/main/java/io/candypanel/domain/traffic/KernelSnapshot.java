package io.candypanel.domain.traffic;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one {@code wg show all dump} returned, keyed by interface name. It may contain
 * interfaces the panel does not manage (an operator's own, a test's client side): callers look up
 * only the names they own.
 */
public record KernelSnapshot(Instant takenAt, Map<String, InterfaceReading> interfaces) {
    public KernelSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        interfaces = Map.copyOf(interfaces);
    }

    public static KernelSnapshot empty(Instant at) {
        return new KernelSnapshot(at, Map.of());
    }

    public Optional<InterfaceReading> interfaceNamed(String name) {
        return Optional.ofNullable(interfaces.get(name));
    }

    public Collection<InterfaceReading> all() {
        return interfaces.values();
    }

    public int peerCount() {
        return interfaces.values().stream().mapToInt(i -> i.peers().size()).sum();
    }
}
