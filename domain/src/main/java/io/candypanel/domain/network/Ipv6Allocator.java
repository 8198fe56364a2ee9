package io.candypanel.domain.network;

import io.candypanel.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Hands out the lowest free client IPv6 address of a range: never the network address or the server's.
 * It never enumerates the range (a /64 has 2^64 addresses; the original's peers froze on far less): it
 * sorts the taken addresses and walks them once, so the cost is O(n log n) in the number of clients.
 */
public final class Ipv6Allocator {

    private Ipv6Allocator() {
    }

    public static Ipv6Address lowestFree(Ipv6Cidr range, Collection<Ipv6Address> taken) {
        Objects.requireNonNull(range, "range");
        List<Ipv6Address> used = new ArrayList<>(taken.size() + 1);
        for (Ipv6Address address : taken) {
            if (range.contains(address)) {
                used.add(address);
            }
        }
        used.add(range.serverAddress());
        used.sort(null);
        Ipv6Address last = range.last();
        Ipv6Address candidate = range.network().plus(1);
        for (Ipv6Address address : used) {
            int order = address.compareTo(candidate);
            if (order > 0) {
                break;
            }
            if (order == 0) {
                if (candidate.equals(last)) {
                    throw exhausted(range);
                }
                candidate = candidate.plus(1);
            }
        }
        return candidate;
    }

    private static RuleViolationException exhausted(Ipv6Cidr range) {
        return new RuleViolationException("IPV6_POOL_EXHAUSTED", "No free IPv6 address is left in " + range + ".");
    }
}
