package io.candypanel.application.port.in.wginterface;

import io.candypanel.domain.wginterface.WgInterface;
import java.util.Objects;

/**
 * One entry of the interface list.
 *
 * @param clientCount how many clients the interface has, disabled ones included
 */
public record InterfaceListing(WgInterface wgInterface, long clientCount) {
    public InterfaceListing {
        Objects.requireNonNull(wgInterface, "wgInterface");
        if (clientCount < 0) {
            throw new IllegalArgumentException("clientCount must be >= 0, was " + clientCount);
        }
    }
}
