package io.candypanel.domain.network;

import io.candypanel.domain.shared.RuleViolationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Hands out the lowest free client address of a range: never the network, the broadcast or the
 * server's own address. The database also guards uniqueness (one address per interface).
 */
public final class IpAllocator {

    private IpAllocator() {
    }

    public static Ipv4Address lowestFree(Ipv4Cidr range, Collection<Ipv4Address> taken) {
        Objects.requireNonNull(range, "range");
        Set<Integer> used = new HashSet<>(taken.size() * 2);
        for (Ipv4Address address : taken) {
            used.add(address.value());
        }
        used.add(range.serverAddress().value());
        // The scan stops at the first gap, so it visits at most taken.size() + 2 candidates.
        long first = range.network().unsigned() + 1;
        long last = range.broadcast().unsigned() - 1;
        for (long candidate = first; candidate <= last; candidate++) {
            if (!used.contains((int) candidate)) {
                return new Ipv4Address((int) candidate);
            }
        }
        throw new RuleViolationException("ADDRESS_POOL_EXHAUSTED",
                "No free IPv4 address is left in " + range + " (" + range.clientCapacity() + " client addresses, all taken).");
    }
}
