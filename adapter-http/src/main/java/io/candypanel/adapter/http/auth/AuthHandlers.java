package io.candypanel.adapter.http.auth;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.IssuedSession;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import java.util.Objects;

/**
 * {@code GET /check} and the actions of {@code POST /api/auth}. Public only so that the server package
 * can route to it; see {@code HttpRoutes}.
 */
public final class AuthHandlers {
    static final String NOT_A_SESSION = "NOT_A_SESSION";

    private final CheckInstallationUseCase checkInstallation;
    private final InstallPanelUseCase installPanel;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final ChangePasswordUseCase changePassword;

    public AuthHandlers(CheckInstallationUseCase checkInstallation, InstallPanelUseCase installPanel, LoginUseCase login,
                        LogoutUseCase logout, ChangePasswordUseCase changePassword) {
        this.checkInstallation = Objects.requireNonNull(checkInstallation, "checkInstallation");
        this.installPanel = Objects.requireNonNull(installPanel, "installPanel");
        this.login = Objects.requireNonNull(login, "login");
        this.logout = Objects.requireNonNull(logout, "logout");
        this.changePassword = Objects.requireNonNull(changePassword, "changePassword");
    }

    /** The original's front end polls this before anything else and expects the bare object. */
    public ApiResponse check(ApiRequest request) {
        return ApiResponse.bare(new CheckResponse(checkInstallation.isInstalled()));
    }

    /** Failed logins are limited per TCP peer address; a proxy header would let anyone pick a fresh one. */
    public ApiResponse login(ApiRequest request) {
        IssuedSession session = login.login(LoginRequest.from(request.fields()).toCommand(request.remoteAddress()));
        return ApiResponse.ok("Login successful!", LoginResponse.from(session));
    }

    public ApiResponse install(ApiRequest request) {
        KernelOutcome outcome = installPanel.install(InstallRequest.from(request.fields()).toCommand(request.fromLoopback()));
        return ApiResponse.ok(KernelResponse.describe("Installed successfully!", outcome), KernelResponse.dataUnlessApplied(outcome));
    }

    /**
     * Ends the session whose token authenticates this request (new; the original's logout only
     * forgot the token in the browser). An API token is not a session: it is revoked with
     * {@code api_token/delete}.
     */
    public ApiResponse logout(ApiRequest request) {
        Principal principal = request.caller().principal();
        if (principal.kind() != Principal.Kind.ADMIN_SESSION) {
            throw new RequestRejectedException(400, NOT_A_SESSION,
                    "Only a login session can log out; an API token is revoked with the api_token resource.");
        }
        // false means the session ended in the meantime (expired, or logged out twice at once): it is gone either way.
        logout.logout(request.caller().bearerToken());
        return ApiResponse.ok("Logged out.").audited(principal.name(), "session ended");
    }

    /** Every other session ends; the caller's own session (if it used one) stays valid. */
    public ApiResponse changePassword(ApiRequest request) {
        Principal principal = request.caller().principal();
        ChangePasswordRequest fields = ChangePasswordRequest.from(request.fields());
        String keep = principal.kind() == Principal.Kind.ADMIN_SESSION ? request.caller().bearerToken() : "";
        changePassword.change(fields.toCommand(keep));
        return ApiResponse.ok("Password changed successfully. Other sessions were logged out.")
                .audited(principal.name(), "admin password changed; other sessions ended");
    }
}
