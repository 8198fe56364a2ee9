package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.ListenPort;
import java.util.Objects;
import java.util.Optional;

/**
 * A new WireGuard interface: its address range, listen port and, for a dual-stack interface, its IPv6
 * range (the panel picks wgN and the keys).
 */
public record CreateInterfaceCommand(Ipv4Cidr addressRange, ListenPort listenPort, Optional<Ipv6Cidr> ipv6Range) {

    /** An IPv4-only interface. */
    public CreateInterfaceCommand(Ipv4Cidr addressRange, ListenPort listenPort) {
        this(addressRange, listenPort, Optional.empty());
    }

    public CreateInterfaceCommand {
        Objects.requireNonNull(addressRange, "addressRange");
        Objects.requireNonNull(listenPort, "listenPort");
        Objects.requireNonNull(ipv6Range, "ipv6Range");
    }
}
