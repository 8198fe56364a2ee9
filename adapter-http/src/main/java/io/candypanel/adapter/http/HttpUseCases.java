package io.candypanel.adapter.http;

import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.ListClientsUseCase;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import io.candypanel.application.port.in.overview.PanelMetricsUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.overview.PanelSummaryUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.ListInterfacesUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import java.util.Objects;

/**
 * Every use case the HTTP API drives, in one value for {@link HttpServer}'s constructor. The types are
 * all different, so the compiler catches a mix-up; none may be null.
 */
public record HttpUseCases(
        CheckInstallationUseCase checkInstallation,
        InstallPanelUseCase installPanel,
        LoginUseCase login,
        LogoutUseCase logout,
        ChangePasswordUseCase changePassword,
        AuthenticateUseCase authenticate,
        CreateClientUseCase createClient,
        UpdateClientUseCase updateClient,
        DeleteClientUseCase deleteClient,
        GetClientConfigUseCase getClientConfig,
        ResetClientUsageUseCase resetClientUsage,
        ShareClientUseCase shareClient,
        ViewSharedClientUseCase viewSharedClient,
        PanelOverviewUseCase panelOverview,
        ListClientsUseCase listClients,
        PanelSummaryUseCase panelSummary,
        PanelDashboardUseCase panelDashboard,
        PanelMetricsUseCase panelMetrics,
        ListInterfacesUseCase listInterfaces,
        ViewSettingsUseCase viewSettings,
        CreateInterfaceUseCase createInterface,
        UpdateInterfaceUseCase updateInterface,
        DeleteInterfaceUseCase deleteInterface,
        SyncUseCase sync,
        UpdateSettingUseCase updateSetting,
        SaveApiTokenUseCase saveApiToken,
        DeleteApiTokenUseCase deleteApiToken,
        BackupUseCase backup,
        AuditLogUseCase auditLog,
        BotApiUseCases bot) {

    public HttpUseCases {
        Objects.requireNonNull(checkInstallation, "checkInstallation");
        Objects.requireNonNull(installPanel, "installPanel");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(logout, "logout");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(createClient, "createClient");
        Objects.requireNonNull(updateClient, "updateClient");
        Objects.requireNonNull(deleteClient, "deleteClient");
        Objects.requireNonNull(getClientConfig, "getClientConfig");
        Objects.requireNonNull(resetClientUsage, "resetClientUsage");
        Objects.requireNonNull(shareClient, "shareClient");
        Objects.requireNonNull(viewSharedClient, "viewSharedClient");
        Objects.requireNonNull(panelOverview, "panelOverview");
        Objects.requireNonNull(listClients, "listClients");
        Objects.requireNonNull(panelSummary, "panelSummary");
        Objects.requireNonNull(panelDashboard, "panelDashboard");
        Objects.requireNonNull(panelMetrics, "panelMetrics");
        Objects.requireNonNull(listInterfaces, "listInterfaces");
        Objects.requireNonNull(viewSettings, "viewSettings");
        Objects.requireNonNull(createInterface, "createInterface");
        Objects.requireNonNull(updateInterface, "updateInterface");
        Objects.requireNonNull(deleteInterface, "deleteInterface");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(updateSetting, "updateSetting");
        Objects.requireNonNull(saveApiToken, "saveApiToken");
        Objects.requireNonNull(deleteApiToken, "deleteApiToken");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(bot, "bot");
    }
}
