package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import java.util.Objects;
import java.util.Optional;

/** Only the present fields change; at least one must be present. */
public record UpdateInterfaceCommand(InterfaceId id, Optional<Ipv4Cidr> addressRange, Optional<ListenPort> listenPort,
                                     Optional<Boolean> up) {
    public UpdateInterfaceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(addressRange, "addressRange");
        Objects.requireNonNull(listenPort, "listenPort");
        Objects.requireNonNull(up, "up");
        if (addressRange.isEmpty() && listenPort.isEmpty() && up.isEmpty()) {
            throw new InvalidValueException("No valid update data provided: give any of address, port or status.");
        }
    }
}
