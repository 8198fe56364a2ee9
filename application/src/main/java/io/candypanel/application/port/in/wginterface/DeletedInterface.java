package io.candypanel.application.port.in.wginterface;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import java.util.Objects;

public record DeletedInterface(String name, int clientsRemoved, KernelOutcome kernel) {
    public DeletedInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kernel, "kernel");
    }
}
