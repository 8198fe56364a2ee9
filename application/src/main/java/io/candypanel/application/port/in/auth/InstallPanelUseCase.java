package io.candypanel.application.port.in.auth;

import io.candypanel.application.port.in.kernel.KernelOutcome;

/** First-time setup: the admin account, the first interface wg0 and the server's public address. Runs once. */
public interface InstallPanelUseCase {
    KernelOutcome install(InstallPanelCommand command);
}
