package io.candypanel.application.port.in.wginterface;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import java.util.Objects;

/** A deleted interface (wgN), how many clients went with it, and whether WireGuard took the change. */
public record DeletedInterface(String name, int clientsRemoved, KernelOutcome kernel) {
    public DeletedInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kernel, "kernel");
    }
}
