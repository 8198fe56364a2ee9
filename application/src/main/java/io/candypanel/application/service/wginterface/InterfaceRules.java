package io.candypanel.application.service.wginterface;

import io.candypanel.application.port.in.wginterface.ClientsOutsideRangeException;
import io.candypanel.application.port.in.wginterface.InterfacePortTakenException;
import io.candypanel.application.port.in.wginterface.InterfaceRangeOverlapsException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;

/** Rules that span several interfaces or an interface and its clients. */
final class InterfaceRules {
    private InterfaceRules() {
    }

    static void requireFreePort(List<WgInterface> existing, ListenPort port, InterfaceId self) {
        for (WgInterface other : existing) {
            if (!other.id().equals(self) && other.listenPort().equals(port)) {
                throw new InterfacePortTakenException("An interface with port " + port + " already exists (" + other.name() + ").");
            }
        }
    }

    /** Overlapping ranges would make routing ambiguous and let two clients share an address. */
    static void requireNoOverlap(List<WgInterface> existing, Ipv4Cidr range, InterfaceId self) {
        for (WgInterface other : existing) {
            if (!other.id().equals(self) && other.addressRange().overlaps(range)) {
                throw new InterfaceRangeOverlapsException("The range " + range + " overlaps " + other.name() + "'s range "
                        + other.addressRange() + ".");
            }
        }
    }

    /** The same for IPv6: two dual-stack interfaces may not share addresses either. */
    static void requireNoIpv6Overlap(List<WgInterface> existing, Ipv6Cidr range, InterfaceId self) {
        for (WgInterface other : existing) {
            if (!other.id().equals(self) && other.ipv6Range().map(r -> r.overlaps(range)).orElse(false)) {
                throw new InterfaceRangeOverlapsException("The IPv6 range " + range + " overlaps " + other.name()
                        + "'s IPv6 range " + other.ipv6Range().orElseThrow() + ".");
            }
        }
    }

    /** Clients keep their addresses: a new range must still hold every one of them. */
    static void requireClientsFit(List<Client> clients, Ipv4Cidr range) {
        long outside = clients.stream().filter(c -> !fits(c.address(), range)).count();
        if (outside > 0) {
            String examples = String.join(", ", clients.stream().filter(c -> !fits(c.address(), range)).limit(5)
                    .map(c -> c.name() + " (" + c.address() + ")").toList());
            throw new ClientsOutsideRangeException(outside + " client(s) would fall outside " + range
                    + " or collide with the server address, e.g. " + examples
                    + ". Move or delete them first, or choose a range that contains them.");
        }
    }

    private static boolean fits(Ipv4Address address, Ipv4Cidr range) {
        return range.contains(address) && !address.equals(range.serverAddress())
                && !address.equals(range.network()) && !address.equals(range.broadcast());
    }
}
