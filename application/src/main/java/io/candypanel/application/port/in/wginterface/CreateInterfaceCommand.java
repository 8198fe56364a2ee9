package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.ListenPort;
import java.util.Objects;

/** A new WireGuard interface: its address range and listen port (the panel picks wgN and the keys). */
public record CreateInterfaceCommand(Ipv4Cidr addressRange, ListenPort listenPort) {
    public CreateInterfaceCommand {
        Objects.requireNonNull(addressRange, "addressRange");
        Objects.requireNonNull(listenPort, "listenPort");
    }
}
