package io.candypanel.application.port.in.wginterface;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Objects;

/** An interface after a change, and whether WireGuard took it. */
public record InterfaceChange(WgInterface wgInterface, KernelOutcome kernel) {
    public InterfaceChange {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(kernel, "kernel");
    }
}
