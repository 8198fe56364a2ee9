package io.candypanel.application.port.in.auth;

/** Whether the panel has been installed (answers {@code GET /check}). */
public interface CheckInstallationUseCase {
    boolean isInstalled();
}
