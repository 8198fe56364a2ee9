package io.candypanel.adapter.http.auth;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.IssuedSession;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import java.util.Objects;

/**
 * {@code GET /check} and the actions of {@code POST /api/auth}. Public only so that the server package
 * can route to it; see {@code HttpRoutes}.
 */
public final class AuthHandlers {
    private final CheckInstallationUseCase checkInstallation;
    private final InstallPanelUseCase installPanel;
    private final LoginUseCase login;

    public AuthHandlers(CheckInstallationUseCase checkInstallation, InstallPanelUseCase installPanel, LoginUseCase login) {
        this.checkInstallation = Objects.requireNonNull(checkInstallation, "checkInstallation");
        this.installPanel = Objects.requireNonNull(installPanel, "installPanel");
        this.login = Objects.requireNonNull(login, "login");
    }

    /** The original's front end polls this before anything else and expects the bare object. */
    public ApiResponse check(ApiRequest request) {
        return ApiResponse.bare(new CheckResponse(checkInstallation.isInstalled()));
    }

    public ApiResponse login(ApiRequest request) {
        IssuedSession session = login.login(LoginRequest.from(request.fields()).toCommand());
        return ApiResponse.ok("Login successful!", LoginResponse.from(session));
    }

    public ApiResponse install(ApiRequest request) {
        KernelOutcome outcome = installPanel.install(InstallRequest.from(request.fields()).toCommand(request.fromLoopback()));
        return ApiResponse.ok(KernelResponse.describe("Installed successfully!", outcome), KernelResponse.dataUnlessApplied(outcome));
    }
}
