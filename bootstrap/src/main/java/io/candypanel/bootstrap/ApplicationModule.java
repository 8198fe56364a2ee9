package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.application.port.out.auth.PasswordHasherPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.application.port.out.auth.SetupTokenPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.setting.SettingsChangeListenerPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.auth.AuthenticateService;
import io.candypanel.application.service.auth.CheckInstallationService;
import io.candypanel.application.service.auth.InstallPanelService;
import io.candypanel.application.service.auth.LoginService;
import io.candypanel.application.service.auth.Pbkdf2PasswordHasher;
import io.candypanel.application.service.auth.ChangePasswordService;
import io.candypanel.application.service.auth.LoginThrottle;
import io.candypanel.application.service.auth.LogoutService;
import io.candypanel.application.service.auth.ResetAdminPasswordService;
import io.candypanel.application.service.apitoken.DeleteApiTokenService;
import io.candypanel.application.service.apitoken.SaveApiTokenService;
import io.candypanel.application.service.audit.AuditLogService;
import io.candypanel.application.service.backup.BackupService;
import io.candypanel.application.service.client.ResetClientUsageService;
import io.candypanel.application.service.setting.UpdateSettingService;
import io.candypanel.application.service.share.ShareClientService;
import io.candypanel.application.service.share.ViewSharedClientService;
import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.in.auth.ResetAdminPasswordUseCase;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.application.port.out.backup.BackupPort;
import io.candypanel.application.service.client.CreateClientService;
import io.candypanel.application.service.client.DeleteClientService;
import io.candypanel.application.service.client.GetClientConfigService;
import io.candypanel.application.service.client.UpdateClientService;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.application.service.sync.SyncService;
import io.candypanel.application.service.traffic.TrafficLedger;
import io.candypanel.application.service.wginterface.CreateInterfaceService;
import io.candypanel.application.service.wginterface.DeleteInterfaceService;
import io.candypanel.application.service.wginterface.UpdateInterfaceService;
import io.candypanel.application.service.overview.PanelOverviewService;
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
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.application.port.in.botuser.RecallConversationUseCase;
import io.candypanel.application.port.in.botuser.RememberConversationUseCase;
import io.candypanel.application.port.in.reminder.SendRemindersUseCase;
import io.candypanel.application.service.botuser.RecallConversationService;
import io.candypanel.application.service.botuser.RememberConversationService;
import io.candypanel.application.service.reminder.SendRemindersService;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.application.service.botuser.AccountStatusService;
import io.candypanel.application.service.botuser.BroadcastService;
import io.candypanel.application.service.botuser.CallSupportService;
import io.candypanel.application.service.botuser.CheckBotAdminService;
import io.candypanel.application.service.botuser.GetLicenseService;
import io.candypanel.application.service.botuser.ListBotUsersService;
import io.candypanel.application.service.botuser.ManageBotUserService;
import io.candypanel.application.service.botuser.RegisterBotUserService;
import io.candypanel.application.service.botuser.SetLanguageService;
import io.candypanel.application.service.order.ApproveOrderService;
import io.candypanel.application.service.order.ListOrdersService;
import io.candypanel.application.service.order.QuoteOrderService;
import io.candypanel.application.service.order.RejectOrderService;
import io.candypanel.application.service.order.ShowPurchaseOptionsService;
import io.candypanel.application.service.order.SubmitOrderService;
import io.candypanel.domain.key.WgKeyGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/** The core: every use case, built from plain constructors. */
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
    WgKeyGenerator keyGenerator(SecureRandom random) {
        return new WgKeyGenerator(random);
    }

    @Provides
    @Singleton
    PasswordHasherPort passwordHasher(SecureRandom random) {
        return new Pbkdf2PasswordHasher(random, Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
    }

    @Provides
    @Singleton
    TrafficLedger trafficLedger(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                                SettingsRepositoryPort settings, Clock clock) {
        return new TrafficLedger(unitOfWork, clients, interfaces, settings, clock);
    }

    @Provides
    @Singleton
    KernelApplier kernelApplier(InterfaceRepositoryPort interfaces, ClientRepositoryPort clients, UnitOfWorkPort unitOfWork,
                                WireGuardPort wireGuard, TrafficLedger ledger, Clock clock) {
        return new KernelApplier(interfaces, clients, unitOfWork, wireGuard, ledger, clock);
    }

    @Provides
    @Singleton
    SyncService syncService(KernelApplier kernel, TrafficLedger ledger, InterfaceRepositoryPort interfaces,
                            SettingsRepositoryPort settings, Clock clock) {
        return new SyncService(kernel, ledger, interfaces, settings, clock);
    }

    @Provides
    SyncUseCase sync(SyncService service) {
        return service;
    }

    @Provides
    @Singleton
    CreateInterfaceUseCase createInterface(UnitOfWorkPort unitOfWork, InterfaceRepositoryPort interfaces,
                                           SettingsRepositoryPort settings, WgKeyGenerator keys, KernelApplier kernel) {
        return new CreateInterfaceService(unitOfWork, interfaces, settings, keys, kernel);
    }

    @Provides
    @Singleton
    UpdateInterfaceUseCase updateInterface(UnitOfWorkPort unitOfWork, InterfaceRepositoryPort interfaces,
                                           ClientRepositoryPort clients, KernelApplier kernel) {
        return new UpdateInterfaceService(unitOfWork, interfaces, clients, kernel);
    }

    @Provides
    @Singleton
    DeleteInterfaceUseCase deleteInterface(UnitOfWorkPort unitOfWork, InterfaceRepositoryPort interfaces,
                                           ClientRepositoryPort clients, KernelApplier kernel) {
        return new DeleteInterfaceService(unitOfWork, interfaces, clients, kernel);
    }

    @Provides
    @Singleton
    CheckInstallationUseCase checkInstallation(SettingsRepositoryPort settings) {
        return new CheckInstallationService(settings);
    }

    @Provides
    @Singleton
    InstallPanelUseCase installPanel(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings, InterfaceRepositoryPort interfaces,
                                     AdminAccountRepositoryPort admins, PasswordHasherPort hasher, SetupTokenPort setupToken,
                                     WgKeyGenerator keys, KernelApplier kernel) {
        return new InstallPanelService(unitOfWork, settings, interfaces, admins, hasher, setupToken, keys, kernel);
    }

    @Provides
    @Singleton
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock, LoginThrottle.DEFAULT_MAX_FAILURES, LoginThrottle.DEFAULT_WINDOW);
    }

    @Provides
    @Singleton
    LoginUseCase login(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings, AdminAccountRepositoryPort admins,
                       SessionRepositoryPort sessions, PasswordHasherPort hasher, SecureRandom random, Clock clock,
                       LoginThrottle throttle) {
        return new LoginService(unitOfWork, settings, admins, sessions, hasher, random, clock, throttle);
    }

    @Provides
    @Singleton
    LogoutUseCase logout(SessionRepositoryPort sessions) {
        return new LogoutService(sessions);
    }

    @Provides
    @Singleton
    ChangePasswordUseCase changePassword(UnitOfWorkPort unitOfWork, AdminAccountRepositoryPort admins,
                                         SessionRepositoryPort sessions, PasswordHasherPort hasher) {
        return new ChangePasswordService(unitOfWork, admins, sessions, hasher);
    }

    @Provides
    @Singleton
    ResetAdminPasswordUseCase resetAdminPassword(UnitOfWorkPort unitOfWork, AdminAccountRepositoryPort admins,
                                                 SessionRepositoryPort sessions, PasswordHasherPort hasher) {
        return new ResetAdminPasswordService(unitOfWork, admins, sessions, hasher);
    }

    @Provides
    @Singleton
    UpdateSettingUseCase updateSetting(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings,
                                       SettingsChangeListenerPort listener) {
        return new UpdateSettingService(unitOfWork, settings, listener);
    }

    @Provides
    @Singleton
    SaveApiTokenUseCase saveApiToken(ApiTokenRepositoryPort apiTokens, Clock clock) {
        return new SaveApiTokenService(apiTokens, clock);
    }

    @Provides
    @Singleton
    DeleteApiTokenUseCase deleteApiToken(ApiTokenRepositoryPort apiTokens) {
        return new DeleteApiTokenService(apiTokens);
    }

    @Provides
    @Singleton
    ResetClientUsageUseCase resetClientUsage(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, KernelApplier kernel,
                                             Clock clock) {
        return new ResetClientUsageService(unitOfWork, clients, kernel, clock);
    }

    @Provides
    @Singleton
    ShareClientUseCase shareClient(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, SecureRandom random) {
        return new ShareClientService(unitOfWork, clients, random);
    }

    @Provides
    @Singleton
    ViewSharedClientUseCase viewSharedClient(ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                                             SettingsRepositoryPort settings) {
        return new ViewSharedClientService(clients, interfaces, settings);
    }

    @Provides
    @Singleton
    BackupUseCase backups(BackupPort backups, KernelApplier kernel, SyncUseCase sync, InterfaceRepositoryPort interfaces) {
        return new BackupService(backups, kernel, sync, interfaces);
    }

    @Provides
    @Singleton
    AuditLogUseCase auditLog(AuditRepositoryPort audit) {
        return new AuditLogService(audit);
    }

    @Provides
    @Singleton
    AuthenticateUseCase authenticate(SessionRepositoryPort sessions, ApiTokenRepositoryPort apiTokens, Clock clock) {
        return new AuthenticateService(sessions, apiTokens, clock);
    }

    @Provides
    @Singleton
    CreateClientUseCase createClient(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                                     SettingsRepositoryPort settings, WgKeyGenerator keys, KernelApplier kernel, Clock clock) {
        return new CreateClientService(unitOfWork, clients, interfaces, settings, keys, kernel, clock);
    }

    @Provides
    @Singleton
    UpdateClientUseCase updateClient(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, KernelApplier kernel, Clock clock) {
        return new UpdateClientService(unitOfWork, clients, kernel, clock);
    }

    @Provides
    @Singleton
    DeleteClientUseCase deleteClient(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, KernelApplier kernel) {
        return new DeleteClientService(unitOfWork, clients, kernel);
    }

    @Provides
    @Singleton
    GetClientConfigUseCase getClientConfig(ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                                           SettingsRepositoryPort settings) {
        return new GetClientConfigService(clients, interfaces, settings);
    }

    @Provides
    @Singleton
    PanelOverviewUseCase panelOverview(ClientRepositoryPort clients, InterfaceRepositoryPort interfaces, SettingsRepositoryPort settings,
                                       HostMetricsPort hostMetrics, WireGuardPort wireGuard, KernelApplier kernel,
                                       SyncService sync, ApiTokenRepositoryPort apiTokens) {
        return new PanelOverviewService(clients, interfaces, settings, hostMetrics, wireGuard, kernel, sync::lastReport, apiTokens);
    }

    // The selling flow (bot API and, later, the Telegram adapter).

    @Provides
    @Singleton
    RegisterBotUserUseCase registerBotUser(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers, Clock clock) {
        return new RegisterBotUserService(unitOfWork, botUsers, clock);
    }

    @Provides
    @Singleton
    SetLanguageUseCase setLanguage(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers) {
        return new SetLanguageService(unitOfWork, botUsers);
    }

    @Provides
    @Singleton
    ShowPurchaseOptionsUseCase showPurchaseOptions(BotUserRepositoryPort botUsers, SettingsRepositoryPort settings) {
        return new ShowPurchaseOptionsService(botUsers, settings);
    }

    @Provides
    @Singleton
    QuoteOrderUseCase quoteOrder(BotUserRepositoryPort botUsers, SettingsRepositoryPort settings) {
        return new QuoteOrderService(botUsers, settings);
    }

    @Provides
    @Singleton
    SubmitOrderUseCase submitOrder(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers,
                                   TransactionRepositoryPort transactions, SettingsRepositoryPort settings,
                                   NotificationPort notifications, Clock clock) {
        return new SubmitOrderService(unitOfWork, botUsers, transactions, settings, notifications, clock);
    }

    @Provides
    @Singleton
    GetLicenseUseCase getLicense(BotUserRepositoryPort botUsers, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                                 SettingsRepositoryPort settings) {
        return new GetLicenseService(botUsers, clients, interfaces, settings);
    }

    @Provides
    @Singleton
    AccountStatusUseCase accountStatus(BotUserRepositoryPort botUsers, ClientRepositoryPort clients) {
        return new AccountStatusService(botUsers, clients);
    }

    @Provides
    @Singleton
    CallSupportUseCase callSupport(BotUserRepositoryPort botUsers, SettingsRepositoryPort settings,
                                   NotificationPort notifications) {
        return new CallSupportService(botUsers, settings, notifications);
    }

    @Provides
    @Singleton
    CheckBotAdminUseCase checkBotAdmin(SettingsRepositoryPort settings) {
        return new CheckBotAdminService(settings);
    }

    @Provides
    @Singleton
    ListBotUsersUseCase listBotUsers(BotUserRepositoryPort botUsers) {
        return new ListBotUsersService(botUsers);
    }

    @Provides
    @Singleton
    ListOrdersUseCase listOrders(UnitOfWorkPort unitOfWork, TransactionRepositoryPort transactions) {
        return new ListOrdersService(unitOfWork, transactions);
    }

    @Provides
    @Singleton
    ApproveOrderUseCase approveOrder(UnitOfWorkPort unitOfWork, TransactionRepositoryPort transactions,
                                     BotUserRepositoryPort botUsers, ClientRepositoryPort clients,
                                     InterfaceRepositoryPort interfaces, SettingsRepositoryPort settings, WgKeyGenerator keys,
                                     KernelApplier kernel, NotificationPort notifications, Clock clock) {
        return new ApproveOrderService(unitOfWork, transactions, botUsers, clients, interfaces, settings, keys, kernel,
                notifications, clock);
    }

    @Provides
    @Singleton
    RejectOrderUseCase rejectOrder(UnitOfWorkPort unitOfWork, TransactionRepositoryPort transactions,
                                   NotificationPort notifications, Clock clock) {
        return new RejectOrderService(unitOfWork, transactions, notifications, clock);
    }

    @Provides
    @Singleton
    ManageBotUserUseCase manageBotUser(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers, ClientRepositoryPort clients,
                                       KernelApplier kernel, Clock clock) {
        return new ManageBotUserService(unitOfWork, botUsers, clients, kernel, clock);
    }

    @Provides
    @Singleton
    BroadcastUseCase broadcast(BotUserRepositoryPort botUsers, NotificationPort notifications) {
        return new BroadcastService(botUsers, notifications);
    }

    @Provides
    @Singleton
    RecallConversationUseCase recallConversation(ConversationRepositoryPort conversations) {
        return new RecallConversationService(conversations);
    }

    @Provides
    @Singleton
    RememberConversationUseCase rememberConversation(ConversationRepositoryPort conversations) {
        return new RememberConversationService(conversations);
    }

    @Provides
    @Singleton
    SendRemindersUseCase sendReminders(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers, ClientRepositoryPort clients,
                                       NoticeStateRepositoryPort notices, SettingsRepositoryPort settings,
                                       NotificationPort notifications, Clock clock) {
        return new SendRemindersService(unitOfWork, botUsers, clients, notices, settings, notifications, clock);
    }
}
