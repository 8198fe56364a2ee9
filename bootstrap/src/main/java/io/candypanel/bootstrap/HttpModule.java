package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.adapter.http.BotApiUseCases;
import io.candypanel.adapter.http.HttpConfig;
import io.candypanel.adapter.http.HttpServer;
import io.candypanel.adapter.http.HttpUseCases;
import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.ListClientsUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import io.candypanel.application.port.in.overview.PanelMetricsUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.overview.PanelSummaryUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.ListInterfacesUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.bootstrap.lifecycle.Service;
import java.time.Clock;
import java.util.Objects;

/** The REST API on Undertow. */
final class HttpModule extends AbstractModule {
    private final HttpConfig config;

    HttpModule(HttpConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    HttpServer httpServer(Clock clock, CheckInstallationUseCase checkInstallation, InstallPanelUseCase installPanel,
                          LoginUseCase login, LogoutUseCase logout, ChangePasswordUseCase changePassword,
                          AuthenticateUseCase authenticate, CreateClientUseCase createClient,
                          UpdateClientUseCase updateClient, DeleteClientUseCase deleteClient,
                          GetClientConfigUseCase getClientConfig, ResetClientUsageUseCase resetClientUsage,
                          ShareClientUseCase shareClient, ViewSharedClientUseCase viewSharedClient,
                          PanelOverviewUseCase panelOverview, ListClientsUseCase listClients,
                          PanelSummaryUseCase panelSummary, PanelDashboardUseCase panelDashboard,
                          PanelMetricsUseCase panelMetrics,
                          ListInterfacesUseCase listInterfaces, ViewSettingsUseCase viewSettings,
                          CreateInterfaceUseCase createInterface,
                          UpdateInterfaceUseCase updateInterface, DeleteInterfaceUseCase deleteInterface, SyncUseCase sync,
                          UpdateSettingUseCase updateSetting, SaveApiTokenUseCase saveApiToken,
                          DeleteApiTokenUseCase deleteApiToken, BackupUseCase backup, AuditLogUseCase auditLog,
                          BotApiUseCases bot) {
        return new HttpServer(config, clock, new HttpUseCases(checkInstallation, installPanel, login, logout, changePassword,
                authenticate, createClient, updateClient, deleteClient, getClientConfig, resetClientUsage, shareClient,
                viewSharedClient, panelOverview, listClients, panelSummary, panelDashboard, panelMetrics, listInterfaces, viewSettings,
                createInterface, updateInterface, deleteInterface, sync, updateSetting,
                saveApiToken, deleteApiToken, backup, auditLog, bot));
    }

    @Provides
    @Singleton
    BotApiUseCases botApi(RegisterBotUserUseCase register, SetLanguageUseCase setLanguage,
                          ShowPurchaseOptionsUseCase purchaseOptions, QuoteOrderUseCase quoteOrder,
                          SubmitOrderUseCase submitOrder, GetLicenseUseCase license, AccountStatusUseCase accountStatus,
                          CallSupportUseCase callSupport, CheckBotAdminUseCase checkAdmin, ListBotUsersUseCase listUsers,
                          ListOrdersUseCase listOrders, ApproveOrderUseCase approveOrder, RejectOrderUseCase rejectOrder,
                          ManageBotUserUseCase manageUser, BroadcastUseCase broadcast) {
        return new BotApiUseCases(register, setLanguage, purchaseOptions, quoteOrder, submitOrder, license, accountStatus,
                callSupport, checkAdmin, listUsers, listOrders, approveOrder, rejectOrder, manageUser, broadcast);
    }

    @ProvidesIntoSet
    Service httpService(HttpServer server) {
        return Service.of("http", server::start, server::stop);
    }
}
