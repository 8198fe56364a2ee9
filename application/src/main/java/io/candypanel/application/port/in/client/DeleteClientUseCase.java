package io.candypanel.application.port.in.client;

import io.candypanel.application.port.in.kernel.KernelOutcome;

/** Removes a client and its peer. */
public interface DeleteClientUseCase {
    KernelOutcome delete(DeleteClientCommand command);
}
