package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.candypanel.application.core.CandyPanelCore;
import io.candypanel.application.core.StoragePorts;
import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.in.auth.ResetAdminPasswordUseCase;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.RecallConversationUseCase;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.in.botuser.RememberConversationUseCase;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.ListClientsUseCase;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import io.candypanel.application.port.in.overview.PanelMetricsUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.overview.PanelSummaryUseCase;
import io.candypanel.application.port.in.reminder.SendRemindersUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.ListInterfacesUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.application.port.out.auth.SetupTokenPort;
import io.candypanel.application.port.out.backup.BackupPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsChangeListenerPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * The core: the same {@link CandyPanelCore} an embedder builds, from the ports the adapter modules
 * provide, so the panel and every embedding share one construction of the use cases. Each use case is
 * then bound by its interface for the adapters.
 */
final class ApplicationModule extends AbstractModule {
    private final Clock clock;

    ApplicationModule(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Provides
    @Singleton
    Clock clock() {
        return clock;
    }

    @Provides
    @Singleton
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Provides
    @Singleton
    StoragePorts storage(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                         SettingsRepositoryPort settings, AdminAccountRepositoryPort admins, SessionRepositoryPort sessions,
                         ApiTokenRepositoryPort apiTokens, AuditRepositoryPort audit, BotUserRepositoryPort botUsers,
                         TransactionRepositoryPort transactions, ConversationRepositoryPort conversations,
                         NoticeStateRepositoryPort notices) {
        return new StoragePorts(unitOfWork, clients, interfaces, settings, admins, sessions, apiTokens, audit, botUsers,
                transactions, conversations, notices);
    }

    @Provides
    @Singleton
    CandyPanelCore core(StoragePorts storage, WireGuardPort wireGuard, HostMetricsPort hostMetrics, SetupTokenPort setupToken,
                        BackupPort backups, NotificationPort notifications, SettingsChangeListenerPort settingsListener,
                        Clock clock, SecureRandom random) {
        return CandyPanelCore.builder()
                .storage(storage)
                .wireGuard(wireGuard)
                .hostMetrics(hostMetrics)
                .setupToken(setupToken)
                .backups(backups)
                .notifications(notifications)
                .settingsListener(settingsListener)
                .clock(clock)
                .secureRandom(random)
                .build();
    }

    /** The one applier whose lock every kernel change takes; the WireGuard module renders configs with it at start. */
    @Provides
    KernelApplier kernelApplier(CandyPanelCore core) {
        return core.kernelApplier();
    }

    @Provides
    CreateInterfaceUseCase createInterface(CandyPanelCore core) {
        return core.createInterface();
    }

    @Provides
    UpdateInterfaceUseCase updateInterface(CandyPanelCore core) {
        return core.updateInterface();
    }

    @Provides
    DeleteInterfaceUseCase deleteInterface(CandyPanelCore core) {
        return core.deleteInterface();
    }

    @Provides
    CreateClientUseCase createClient(CandyPanelCore core) {
        return core.createClient();
    }

    @Provides
    UpdateClientUseCase updateClient(CandyPanelCore core) {
        return core.updateClient();
    }

    @Provides
    DeleteClientUseCase deleteClient(CandyPanelCore core) {
        return core.deleteClient();
    }

    @Provides
    GetClientConfigUseCase getClientConfig(CandyPanelCore core) {
        return core.getClientConfig();
    }

    @Provides
    ListClientsUseCase listClients(CandyPanelCore core) {
        return core.listClients();
    }

    @Provides
    ResetClientUsageUseCase resetClientUsage(CandyPanelCore core) {
        return core.resetClientUsage();
    }

    @Provides
    ShareClientUseCase shareClient(CandyPanelCore core) {
        return core.shareClient();
    }

    @Provides
    ViewSharedClientUseCase viewSharedClient(CandyPanelCore core) {
        return core.viewSharedClient();
    }

    @Provides
    SyncUseCase sync(CandyPanelCore core) {
        return core.sync();
    }

    @Provides
    PanelOverviewUseCase panelOverview(CandyPanelCore core) {
        return core.panelOverview();
    }

    @Provides
    PanelSummaryUseCase panelSummary(CandyPanelCore core) {
        return core.panelSummary();
    }

    @Provides
    PanelDashboardUseCase panelDashboard(CandyPanelCore core) {
        return core.panelDashboard();
    }

    @Provides
    PanelMetricsUseCase panelMetrics(CandyPanelCore core) {
        return core.panelMetrics();
    }

    @Provides
    ListInterfacesUseCase listInterfaces(CandyPanelCore core) {
        return core.listInterfaces();
    }

    @Provides
    ViewSettingsUseCase viewSettings(CandyPanelCore core) {
        return core.viewSettings();
    }

    @Provides
    CheckInstallationUseCase checkInstallation(CandyPanelCore core) {
        return core.checkInstallation();
    }

    @Provides
    InstallPanelUseCase installPanel(CandyPanelCore core) {
        return core.installPanel();
    }

    @Provides
    LoginUseCase login(CandyPanelCore core) {
        return core.login();
    }

    @Provides
    LogoutUseCase logout(CandyPanelCore core) {
        return core.logout();
    }

    @Provides
    ChangePasswordUseCase changePassword(CandyPanelCore core) {
        return core.changePassword();
    }

    @Provides
    ResetAdminPasswordUseCase resetAdminPassword(CandyPanelCore core) {
        return core.resetAdminPassword();
    }

    @Provides
    AuthenticateUseCase authenticate(CandyPanelCore core) {
        return core.authenticate();
    }

    @Provides
    UpdateSettingUseCase updateSetting(CandyPanelCore core) {
        return core.updateSetting();
    }

    @Provides
    SaveApiTokenUseCase saveApiToken(CandyPanelCore core) {
        return core.saveApiToken();
    }

    @Provides
    DeleteApiTokenUseCase deleteApiToken(CandyPanelCore core) {
        return core.deleteApiToken();
    }

    @Provides
    AuditLogUseCase auditLog(CandyPanelCore core) {
        return core.auditLog();
    }

    @Provides
    BackupUseCase backup(CandyPanelCore core) {
        return core.backup();
    }

    @Provides
    RegisterBotUserUseCase registerBotUser(CandyPanelCore core) {
        return core.registerBotUser();
    }

    @Provides
    SetLanguageUseCase setLanguage(CandyPanelCore core) {
        return core.setLanguage();
    }

    @Provides
    ShowPurchaseOptionsUseCase showPurchaseOptions(CandyPanelCore core) {
        return core.showPurchaseOptions();
    }

    @Provides
    QuoteOrderUseCase quoteOrder(CandyPanelCore core) {
        return core.quoteOrder();
    }

    @Provides
    SubmitOrderUseCase submitOrder(CandyPanelCore core) {
        return core.submitOrder();
    }

    @Provides
    GetLicenseUseCase getLicense(CandyPanelCore core) {
        return core.getLicense();
    }

    @Provides
    AccountStatusUseCase accountStatus(CandyPanelCore core) {
        return core.accountStatus();
    }

    @Provides
    CallSupportUseCase callSupport(CandyPanelCore core) {
        return core.callSupport();
    }

    @Provides
    CheckBotAdminUseCase checkBotAdmin(CandyPanelCore core) {
        return core.checkBotAdmin();
    }

    @Provides
    ListBotUsersUseCase listBotUsers(CandyPanelCore core) {
        return core.listBotUsers();
    }

    @Provides
    ListOrdersUseCase listOrders(CandyPanelCore core) {
        return core.listOrders();
    }

    @Provides
    ApproveOrderUseCase approveOrder(CandyPanelCore core) {
        return core.approveOrder();
    }

    @Provides
    RejectOrderUseCase rejectOrder(CandyPanelCore core) {
        return core.rejectOrder();
    }

    @Provides
    ManageBotUserUseCase manageBotUser(CandyPanelCore core) {
        return core.manageBotUser();
    }

    @Provides
    BroadcastUseCase broadcast(CandyPanelCore core) {
        return core.broadcast();
    }

    @Provides
    RecallConversationUseCase recallConversation(CandyPanelCore core) {
        return core.recallConversation();
    }

    @Provides
    RememberConversationUseCase rememberConversation(CandyPanelCore core) {
        return core.rememberConversation();
    }

    @Provides
    SendRemindersUseCase sendReminders(CandyPanelCore core) {
        return core.sendReminders();
    }
}
