package io.candypanel.application.core;

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
import io.candypanel.application.port.out.auth.PasswordHasherPort;
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
import io.candypanel.application.service.apitoken.DeleteApiTokenService;
import io.candypanel.application.service.apitoken.SaveApiTokenService;
import io.candypanel.application.service.audit.AuditLogService;
import io.candypanel.application.service.auth.AuthenticateService;
import io.candypanel.application.service.auth.ChangePasswordService;
import io.candypanel.application.service.auth.CheckInstallationService;
import io.candypanel.application.service.auth.InstallPanelService;
import io.candypanel.application.service.auth.LoginService;
import io.candypanel.application.service.auth.LoginThrottle;
import io.candypanel.application.service.auth.LogoutService;
import io.candypanel.application.service.auth.Pbkdf2PasswordHasher;
import io.candypanel.application.service.auth.ResetAdminPasswordService;
import io.candypanel.application.service.backup.BackupService;
import io.candypanel.application.service.botuser.AccountStatusService;
import io.candypanel.application.service.botuser.BroadcastService;
import io.candypanel.application.service.botuser.CallSupportService;
import io.candypanel.application.service.botuser.CheckBotAdminService;
import io.candypanel.application.service.botuser.GetLicenseService;
import io.candypanel.application.service.botuser.ListBotUsersService;
import io.candypanel.application.service.botuser.ManageBotUserService;
import io.candypanel.application.service.botuser.RecallConversationService;
import io.candypanel.application.service.botuser.RegisterBotUserService;
import io.candypanel.application.service.botuser.RememberConversationService;
import io.candypanel.application.service.botuser.SetLanguageService;
import io.candypanel.application.service.client.CreateClientService;
import io.candypanel.application.service.client.DeleteClientService;
import io.candypanel.application.service.client.GetClientConfigService;
import io.candypanel.application.service.client.ListClientsService;
import io.candypanel.application.service.client.ResetClientUsageService;
import io.candypanel.application.service.client.UpdateClientService;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.application.service.order.ApproveOrderService;
import io.candypanel.application.service.order.ListOrdersService;
import io.candypanel.application.service.order.QuoteOrderService;
import io.candypanel.application.service.order.RejectOrderService;
import io.candypanel.application.service.order.ShowPurchaseOptionsService;
import io.candypanel.application.service.order.SubmitOrderService;
import io.candypanel.application.service.overview.ClientRevision;
import io.candypanel.application.service.overview.PanelDashboardService;
import io.candypanel.application.service.overview.PanelMetricsService;
import io.candypanel.application.service.overview.PanelOverviewService;
import io.candypanel.application.service.overview.PanelSummaryService;
import io.candypanel.application.service.reminder.SendRemindersService;
import io.candypanel.application.service.setting.UpdateSettingService;
import io.candypanel.application.service.setting.ViewSettingsService;
import io.candypanel.application.service.share.ShareClientService;
import io.candypanel.application.service.share.ViewSharedClientService;
import io.candypanel.application.service.sync.SyncService;
import io.candypanel.application.service.traffic.TrafficLedger;
import io.candypanel.application.service.wginterface.CreateInterfaceService;
import io.candypanel.application.service.wginterface.DeleteInterfaceService;
import io.candypanel.application.service.wginterface.ListInterfacesService;
import io.candypanel.application.service.wginterface.UpdateInterfaceService;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.transaction.Transaction;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CandyPanel core as a library: every use case of the panel, built from the outbound ports an
 * embedder provides, with no dependency-injection framework and no HTTP.
 *
 * <pre>{@code
 * InMemoryStorage storage = new InMemoryStorage();                 // or the Jdbc* repositories
 * CandyPanelCore core = CandyPanelCore.builder()
 *         .storage(storage.ports())
 *         .wireGuard(myWireGuardPort)
 *         .build();
 * core.installPanel().install(new InstallPanelCommand("vpn.example.com", new ListenPort(51820),
 *         Ipv4Cidr.parse("10.8.0.1/24"), "1.1.1.1", "admin", "a-long-password", true, Optional.empty()));
 * CreatedClient alice = core.createClient().create(new CreateClientCommand(new ClientName("alice"),
 *         expiry, Quota.UNLIMITED, InterfaceId.FIRST, ""));
 * SyncReport report = core.sync().sync();                          // books traffic from WireGuardPort.readAll()
 * }</pre>
 *
 * <p><b>Naming.</b> There is one accessor per inbound port: the use case's interface name without
 * {@code UseCase}, starting lower-case ({@code CreateClientUseCase} &rarr; {@link #createClient()}).
 * Each accessor returns the same instance every time.
 *
 * <p><b>Wiring.</b> The services are built once, in {@link Builder#build()}, exactly as the panel's
 * own server wires them: one {@link Clock}, one {@link SecureRandom}, one WireGuard key generator, and
 * one kernel applier, traffic ledger and sync service shared by every use case, so that kernel
 * operations are serialised and a sync never runs twice at once. Building does no I/O and calls no
 * port.
 *
 * <p><b>Threads.</b> The core is thread-safe when its ports are; the use cases may be called from
 * any number of threads.
 */
public final class CandyPanelCore {
    private final SyncService sync;
    private final CreateInterfaceUseCase createInterface;
    private final UpdateInterfaceUseCase updateInterface;
    private final DeleteInterfaceUseCase deleteInterface;
    private final ListInterfacesUseCase listInterfaces;
    private final CheckInstallationUseCase checkInstallation;
    private final InstallPanelUseCase installPanel;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final ChangePasswordUseCase changePassword;
    private final ResetAdminPasswordUseCase resetAdminPassword;
    private final AuthenticateUseCase authenticate;
    private final UpdateSettingUseCase updateSetting;
    private final ViewSettingsUseCase viewSettings;
    private final SaveApiTokenUseCase saveApiToken;
    private final DeleteApiTokenUseCase deleteApiToken;
    private final AuditLogUseCase auditLog;
    private final BackupUseCase backup;
    private final CreateClientUseCase createClient;
    private final UpdateClientUseCase updateClient;
    private final DeleteClientUseCase deleteClient;
    private final GetClientConfigUseCase getClientConfig;
    private final ListClientsUseCase listClients;
    private final ResetClientUsageUseCase resetClientUsage;
    private final ShareClientUseCase shareClient;
    private final ViewSharedClientUseCase viewSharedClient;
    private final PanelDashboardUseCase panelDashboard;
    private final PanelOverviewUseCase panelOverview;
    private final PanelSummaryUseCase panelSummary;
    private final PanelMetricsUseCase panelMetrics;
    private final RegisterBotUserUseCase registerBotUser;
    private final SetLanguageUseCase setLanguage;
    private final ShowPurchaseOptionsUseCase showPurchaseOptions;
    private final QuoteOrderUseCase quoteOrder;
    private final SubmitOrderUseCase submitOrder;
    private final GetLicenseUseCase getLicense;
    private final AccountStatusUseCase accountStatus;
    private final CallSupportUseCase callSupport;
    private final CheckBotAdminUseCase checkBotAdmin;
    private final ListBotUsersUseCase listBotUsers;
    private final ListOrdersUseCase listOrders;
    private final ApproveOrderUseCase approveOrder;
    private final RejectOrderUseCase rejectOrder;
    private final ManageBotUserUseCase manageBotUser;
    private final BroadcastUseCase broadcast;
    private final RecallConversationUseCase recallConversation;
    private final RememberConversationUseCase rememberConversation;
    private final SendRemindersUseCase sendReminders;

    private final KernelApplier kernel;

    private CandyPanelCore(Builder b, SecureRandom random) {
        StoragePorts storage = b.storage;
        // Every service sees the ports through the revision's counters, so that any change the core
        // makes to the client list moves the revision that pollers of panelSummary() compare.
        ClientRevision revision = new ClientRevision(epoch(random));
        UnitOfWorkPort unitOfWork = revision.tracking(storage.unitOfWork());
        ClientRepositoryPort clients = revision.tracking(storage.clients());
        InterfaceRepositoryPort interfaces = revision.tracking(storage.interfaces());
        SettingsRepositoryPort settings = storage.settings();
        AdminAccountRepositoryPort admins = storage.adminAccount();
        SessionRepositoryPort sessions = storage.sessions();
        ApiTokenRepositoryPort apiTokens = storage.apiTokens();
        AuditRepositoryPort audit = storage.audit();
        BotUserRepositoryPort botUsers = storage.botUsers();
        TransactionRepositoryPort transactions = storage.transactions();
        ConversationRepositoryPort conversations = storage.conversations();
        NoticeStateRepositoryPort notices = storage.noticeStates();
        WireGuardPort wireGuard = b.wireGuard;
        Clock clock = b.clock;
        NotificationPort notifications = b.notifications;
        PasswordHasherPort hasher = b.passwordHasher != null
                ? b.passwordHasher
                : new Pbkdf2PasswordHasher(random, Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
        WgKeyGenerator keys = new WgKeyGenerator(random);

        // The shared singletons: one ledger, one kernel applier (its lock serialises kernel work), one sync.
        TrafficLedger ledger = new TrafficLedger(unitOfWork, clients, interfaces, settings, clock);
        KernelApplier kernel = new KernelApplier(interfaces, clients, unitOfWork, wireGuard, ledger, clock);
        this.kernel = kernel;
        this.sync = new SyncService(kernel, ledger, interfaces, settings, clock);

        this.createInterface = new CreateInterfaceService(unitOfWork, interfaces, settings, keys, kernel);
        this.updateInterface = new UpdateInterfaceService(unitOfWork, interfaces, clients, kernel);
        this.deleteInterface = new DeleteInterfaceService(unitOfWork, interfaces, clients, kernel);
        this.listInterfaces = new ListInterfacesService(unitOfWork, interfaces, clients);
        this.checkInstallation = new CheckInstallationService(settings);
        this.installPanel = new InstallPanelService(unitOfWork, settings, interfaces, admins, hasher, b.setupToken, keys,
                kernel);
        LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.DEFAULT_MAX_FAILURES, LoginThrottle.DEFAULT_WINDOW);
        this.login = new LoginService(unitOfWork, settings, admins, sessions, hasher, random, clock, throttle);
        this.logout = new LogoutService(sessions);
        this.changePassword = new ChangePasswordService(unitOfWork, admins, sessions, hasher);
        this.resetAdminPassword = new ResetAdminPasswordService(unitOfWork, admins, sessions, hasher);
        this.authenticate = new AuthenticateService(sessions, apiTokens, clock);
        this.updateSetting = new UpdateSettingService(unitOfWork, settings, b.settingsListener);
        this.viewSettings = new ViewSettingsService(unitOfWork, settings, apiTokens);
        this.saveApiToken = new SaveApiTokenService(apiTokens, clock);
        this.deleteApiToken = new DeleteApiTokenService(apiTokens);
        this.auditLog = new AuditLogService(audit);
        this.backup = b.backups == null ? null : new BackupService(revision.tracking(b.backups), kernel, sync, interfaces);

        this.createClient = new CreateClientService(unitOfWork, clients, interfaces, settings, keys, kernel, clock);
        this.updateClient = new UpdateClientService(unitOfWork, clients, kernel, clock);
        this.deleteClient = new DeleteClientService(unitOfWork, clients, kernel);
        this.getClientConfig = new GetClientConfigService(clients, interfaces, settings);
        this.listClients = new ListClientsService(unitOfWork, clients, clock);
        this.resetClientUsage = new ResetClientUsageService(unitOfWork, clients, kernel, clock);
        this.shareClient = new ShareClientService(unitOfWork, clients, random);
        this.viewSharedClient = new ViewSharedClientService(clients, interfaces, settings);
        this.panelDashboard = new PanelDashboardService(unitOfWork, clients, settings, b.hostMetrics, wireGuard, kernel,
                sync::lastReport, clock);
        this.panelOverview = new PanelOverviewService(panelDashboard, viewSettings, clients, interfaces);
        this.panelSummary = new PanelSummaryService(unitOfWork, clients, revision, sync::lastReport, clock);
        this.panelMetrics = new PanelMetricsService(unitOfWork, clients, interfaces, sync::lastReport, clock);

        this.registerBotUser = new RegisterBotUserService(unitOfWork, botUsers, clock);
        this.setLanguage = new SetLanguageService(unitOfWork, botUsers);
        this.showPurchaseOptions = new ShowPurchaseOptionsService(botUsers, settings);
        this.quoteOrder = new QuoteOrderService(botUsers, settings);
        this.submitOrder = new SubmitOrderService(unitOfWork, botUsers, transactions, settings, notifications, clock);
        this.getLicense = new GetLicenseService(botUsers, clients, interfaces, settings);
        this.accountStatus = new AccountStatusService(botUsers, clients);
        this.callSupport = new CallSupportService(botUsers, settings, notifications);
        this.checkBotAdmin = new CheckBotAdminService(settings);
        this.listBotUsers = new ListBotUsersService(botUsers);
        this.listOrders = new ListOrdersService(unitOfWork, transactions);
        this.approveOrder = new ApproveOrderService(unitOfWork, transactions, botUsers, clients, interfaces, settings, keys,
                kernel, notifications, clock);
        this.rejectOrder = new RejectOrderService(unitOfWork, transactions, notifications, clock);
        this.manageBotUser = new ManageBotUserService(unitOfWork, botUsers, clients, kernel, clock);
        this.broadcast = new BroadcastService(botUsers, notifications);
        this.recallConversation = new RecallConversationService(conversations);
        this.rememberConversation = new RememberConversationService(conversations);
        this.sendReminders = new SendRemindersService(unitOfWork, botUsers, clients, notices, settings, notifications, clock);
    }

    /** A few random hex digits that tell this core's revisions apart from a previous run's. */
    private static String epoch(SecureRandom random) {
        return Long.toHexString(random.nextLong() >>> 32);
    }

    /**
     * Starts a builder. Required: {@link Builder#storage} and {@link Builder#wireGuard}; everything
     * else has a default, described on its setter.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ----------------------------------------------------------------------------------------------
    // WireGuard interfaces, clients and the sync

    /** @return the use case that adds interface {@code wgN} with the lowest free N, its keys, port and range, and brings it up */
    public CreateInterfaceUseCase createInterface() {
        return createInterface;
    }

    /** @return the use case that changes an interface's range, port or up/down state */
    public UpdateInterfaceUseCase updateInterface() {
        return updateInterface;
    }

    /** @return the use case that removes an interface and every client on it */
    public DeleteInterfaceUseCase deleteInterface() {
        return deleteInterface;
    }

    /**
     * Every interface, ordered by id, with the number of its clients (disabled ones included), counted
     * by the store: the interface screen without loading any client, where {@link #panelOverview()}
     * would load them all.
     *
     * @return the use case that lists the interfaces
     */
    public ListInterfacesUseCase listInterfaces() {
        return listInterfaces;
    }

    /** @return the use case that adds a client: allocates its address, generates its keys, stores it, applies it to WireGuard, and returns its config */
    public CreateClientUseCase createClient() {
        return createClient;
    }

    /** @return the use case that changes a client's expiry, quota, note or enabled state */
    public UpdateClientUseCase updateClient() {
        return updateClient;
    }

    /** @return the use case that removes a client and its peer */
    public DeleteClientUseCase deleteClient() {
        return deleteClient;
    }

    /** @return the use case that renders a client's wg-quick config from the stored state */
    public GetClientConfigUseCase getClientConfig() {
        return getClientConfig;
    }

    /**
     * One page of the clients, searched, filtered and sorted by the store, with the number of all that
     * match: the list for a screen with any number of clients, where {@link #panelOverview()} would
     * load them all.
     *
     * @return the use case that pages the clients
     */
    public ListClientsUseCase listClients() {
        return listClients;
    }

    /** @return the use case that sets a client's used traffic back to zero; a client disabled only for its quota comes back */
    public ResetClientUsageUseCase resetClientUsage() {
        return resetClientUsage;
    }

    /** @return the use case that gives a client a new secret share link (any previous one stops working), or revokes it */
    public ShareClientUseCase shareClient() {
        return shareClient;
    }

    /** @return the use case that tells what the public share page shows for a share token (empty for an unknown or revoked one) */
    public ViewSharedClientUseCase viewSharedClient() {
        return viewSharedClient;
    }

    /**
     * One sync tick: reads {@link WireGuardPort#readAll()} once, books every client's traffic,
     * disables expired and over-quota clients, runs the periodic restarts and resets that are due,
     * and reconciles WireGuard with the stored state. Never runs twice at once; the embedder decides
     * how often to call it (the panel's server does every {@code sync_interval_seconds}).
     *
     * @return the sync use case
     */
    public SyncUseCase sync() {
        return sync;
    }

    /** @return the use case that reads everything the admin's main screen shows: dashboard (with the last sync report), clients, interfaces and settings */
    public PanelOverviewUseCase panelOverview() {
        return panelOverview;
    }

    /**
     * The dashboard of {@link #panelOverview()} on its own (host, kernel, alerts, client counts and the
     * last sync report), with the clients counted by the store instead of loaded: its cost does not grow
     * with the number of clients.
     *
     * @return the dashboard use case
     */
    public PanelDashboardUseCase panelDashboard() {
        return panelDashboard;
    }

    /**
     * Client counts, the last sync time and the revision of the client list, from counting queries.
     * The revision changes whenever this core changed a client or the client list (see
     * {@link ClientRevision}): a screen polls this every few seconds and refetches its page of
     * {@link #listClients()} only when the revision differs from the one it last saw.
     *
     * @return the summary use case
     */
    public PanelSummaryUseCase panelSummary() {
        return panelSummary;
    }

    /**
     * What a metrics scraper reads: client counts, every interface with its clients' usage summed, and
     * the last sync report, from counting and summing queries in one transaction. Unlike
     * {@link #panelOverview()} it loads no client, and unlike {@link #panelDashboard()} it does not
     * sample the host, so scraping often neither grows with the number of clients nor moves the
     * dashboard's CPU and network figures.
     *
     * @return the metrics use case
     */
    public PanelMetricsUseCase panelMetrics() {
        return panelMetrics;
    }

    // ----------------------------------------------------------------------------------------------
    // Installation, admin authentication, settings, API tokens, audit, backups

    /** @return the use case that tells whether the panel has been installed */
    public CheckInstallationUseCase checkInstallation() {
        return checkInstallation;
    }

    /**
     * Installs the panel once: admin account, first interface {@code wg0}, server address and DNS.
     * Without a {@link Builder#setupToken} only commands with {@code fromLoopback = true} may install,
     * which is what an embedding program passes for itself.
     *
     * @return the install use case
     */
    public InstallPanelUseCase installPanel() {
        return installPanel;
    }

    /** @return the use case that exchanges the admin's user name and password for a new session token */
    public LoginUseCase login() {
        return login;
    }

    /** @return the use case that ends the session of a token */
    public LogoutUseCase logout() {
        return logout;
    }

    /** @return the use case that changes the admin password after checking the current one; every other session ends */
    public ChangePasswordUseCase changePassword() {
        return changePassword;
    }

    /** @return the use case that sets a new admin password without the current one (an operator's recovery); every session ends */
    public ResetAdminPasswordUseCase resetAdminPassword() {
        return resetAdminPassword;
    }

    /** @return the use case that resolves a bearer token (a session or a named API token) to who is calling */
    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    /** @return the use case that changes one setting after validating it, then tells the {@link Builder#settingsListener settings listener} */
    public UpdateSettingUseCase updateSetting() {
        return updateSetting;
    }

    /** @return the use case that reads every setting (secrets masked, as {@link #panelOverview()} shows them) and the API token names */
    public ViewSettingsUseCase viewSettings() {
        return viewSettings;
    }

    /** @return the use case that creates a named API token or replaces the one with that name; only its hash is kept */
    public SaveApiTokenUseCase saveApiToken() {
        return saveApiToken;
    }

    /** @return the use case that revokes a named API token */
    public DeleteApiTokenUseCase deleteApiToken() {
        return deleteApiToken;
    }

    /** @return the use case that records and pages the audit log: who did what to which object, and when */
    public AuditLogUseCase auditLog() {
        return auditLog;
    }

    /**
     * Snapshots, lists and restores the database through the {@link Builder#backups BackupPort}.
     *
     * @return the backup use case
     * @throws IllegalStateException when the core was built without a {@link BackupPort}
     */
    public BackupUseCase backup() {
        if (backup == null) {
            throw new IllegalStateException("This CandyPanelCore has no BackupPort: pass one to CandyPanelCore.Builder.backups(...) "
                    + "to use the backup use case.");
        }
        return backup;
    }

    /** @return whether the core was built with a {@link BackupPort}, i.e. whether {@link #backup()} is available */
    public boolean hasBackups() {
        return backup != null;
    }

    // ----------------------------------------------------------------------------------------------
    // The selling bot: users, orders, conversations, reminders

    /** @return the use case that registers a Telegram user with the bot; idempotent */
    public RegisterBotUserUseCase registerBotUser() {
        return registerBotUser;
    }

    /** @return the use case that changes a registered bot user's language */
    public SetLanguageUseCase setLanguage() {
        return setLanguage;
    }

    /** @return the use case that shows a buyer the card to pay to and the price list */
    public ShowPurchaseOptionsUseCase showPurchaseOptions() {
        return showPurchaseOptions;
    }

    /** @return the use case that prices a purchase with the current {@code prices} setting */
    public QuoteOrderUseCase quoteOrder() {
        return quoteOrder;
    }

    /** @return the use case that stores a pending order with the amount computed by the core, then tells the admin through the {@link NotificationPort} */
    public SubmitOrderUseCase submitOrder() {
        return submitOrder;
    }

    /** @return the use case that hands a bot user their own wg-quick config */
    public GetLicenseUseCase getLicense() {
        return getLicense;
    }

    /** @return the use case that reads a bot user's account: counters, status and the linked client's live usage */
    public AccountStatusUseCase accountStatus() {
        return accountStatus;
    }

    /** @return the use case that forwards a registered bot user's message to the admin */
    public CallSupportUseCase callSupport() {
        return callSupport;
    }

    /** @return the use case that tells whether a Telegram id is the bot's admin */
    public CheckBotAdminUseCase checkBotAdmin() {
        return checkBotAdmin;
    }

    /** @return the use case that lists every registered bot user, oldest registration first */
    public ListBotUsersUseCase listBotUsers() {
        return listBotUsers;
    }

    /** @return the use case that reads one page of orders, newest request first, with the number of all that match */
    public ListOrdersUseCase listOrders() {
        return listOrders;
    }

    /** @return the use case that approves a pending order: creates or extends the buyer's client in one unit of work, then adds the peer and tells the buyer */
    public ApproveOrderUseCase approveOrder() {
        return approveOrder;
    }

    /** @return the use case that rejects a pending order, and the buyer is told */
    public RejectOrderUseCase rejectOrder() {
        return rejectOrder;
    }

    /** @return the use case for the bot admin's actions on a user: ban, unban, set traffic, set time */
    public ManageBotUserUseCase manageBotUser() {
        return manageBotUser;
    }

    /** @return the use case that sends one message to every bot user who is not banned, through the {@link NotificationPort} */
    public BroadcastUseCase broadcast() {
        return broadcast;
    }

    /** @return the use case that returns a bot user's open conversation, if any */
    public RecallConversationUseCase recallConversation() {
        return recallConversation;
    }

    /** @return the use case that stores where a bot user is in a conversation, or ends it */
    public RememberConversationUseCase rememberConversation() {
        return rememberConversation;
    }

    /** @return the use case that tells bot users about their own client once per occasion (quota, expiry, disabled) */
    public SendRemindersUseCase sendReminders() {
        return sendReminders;
    }

    /**
     * The one kernel applier of this core: every WireGuard change of every use case goes through its
     * lock. A host uses it only for its own start-up work, such as rendering every interface's config
     * file again; going around it would race the use cases.
     *
     * @return the shared kernel applier
     */
    public KernelApplier kernelApplier() {
        return kernel;
    }

    /**
     * Collects the outbound ports and builds a {@link CandyPanelCore}. Not thread-safe; a builder may
     * build more than one core, each with its own services.
     */
    public static final class Builder {
        private static final HostMetricsPort NO_HOST_METRICS =
                () -> new HostMetricsPort.HostMetrics(0, 0, 0, 0, 0, 0);

        private StoragePorts storage;
        private WireGuardPort wireGuard;
        private HostMetricsPort hostMetrics = NO_HOST_METRICS;
        private PasswordHasherPort passwordHasher;
        private SetupTokenPort setupToken = NoSetupToken.INSTANCE;
        private BackupPort backups;
        private NotificationPort notifications = NoChatChannel.INSTANCE;
        private SettingsChangeListenerPort settingsListener = settings -> { };
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;

        private Builder() {
        }

        /**
         * Required: the unit of work and every repository, all of one store.
         *
         * @param storage the storage adapter's ports
         * @return this builder
         */
        public Builder storage(StoragePorts storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * Required: how WireGuard is driven. An embedder that only stores and renders configs passes
         * a port whose {@code status()} is {@code CONFIG_ONLY} and whose live operations do nothing.
         *
         * @param wireGuard the WireGuard port
         * @return this builder
         */
        public Builder wireGuard(WireGuardPort wireGuard) {
            this.wireGuard = Objects.requireNonNull(wireGuard, "wireGuard");
            return this;
        }

        /**
         * Optional: the host's CPU, memory, uptime and network speed for the dashboard. Default:
         * every value reads 0.
         *
         * @param hostMetrics the host metrics port
         * @return this builder
         */
        public Builder hostMetrics(HostMetricsPort hostMetrics) {
            this.hostMetrics = Objects.requireNonNull(hostMetrics, "hostMetrics");
            return this;
        }

        /**
         * Optional: how admin passwords are hashed. Default: PBKDF2-HMAC-SHA256 with 600,000
         * iterations and a random salt from {@link #secureRandom}, the same as the panel's server,
         * so both read each other's hashes.
         *
         * @param passwordHasher the password hasher
         * @return this builder
         */
        public Builder passwordHasher(PasswordHasherPort passwordHasher) {
            this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
            return this;
        }

        /**
         * Optional: the one-time token that lets a remote caller install the panel. Default: there is
         * no token, so only install commands with {@code fromLoopback = true} succeed.
         *
         * @param setupToken the setup token port
         * @return this builder
         */
        public Builder setupToken(SetupTokenPort setupToken) {
            this.setupToken = Objects.requireNonNull(setupToken, "setupToken");
            return this;
        }

        /**
         * Optional: database snapshots. Default: none, and {@link CandyPanelCore#backup()} throws.
         *
         * @param backups the backup port
         * @return this builder
         */
        public Builder backups(BackupPort backups) {
            this.backups = Objects.requireNonNull(backups, "backups");
            return this;
        }

        /**
         * Optional: where the bot's users and admin are told about orders, support calls, broadcasts
         * and reminders. Default: no chat channel is connected, every method answers {@code false}
         * (the use cases report "not delivered" and change nothing else).
         *
         * @param notifications the notification port
         * @return this builder
         */
        public Builder notifications(NotificationPort notifications) {
            this.notifications = Objects.requireNonNull(notifications, "notifications");
            return this;
        }

        /**
         * Optional: told the settings after every committed change. Default: nobody listens.
         *
         * @param settingsListener the listener
         * @return this builder
         */
        public Builder settingsListener(SettingsChangeListenerPort settingsListener) {
            this.settingsListener = Objects.requireNonNull(settingsListener, "settingsListener");
            return this;
        }

        /**
         * Optional: the only source of "now" for every use case. Default: {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Optional: the source of WireGuard keys, session tokens, share tokens and password salts.
         * Default: a new {@link SecureRandom} per built core.
         *
         * @param random a cryptographically strong random generator
         * @return this builder
         */
        public Builder secureRandom(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds every service. Calls no port and does no I/O.
         *
         * @return the core
         * @throws IllegalStateException naming every required port that was not given
         */
        public CandyPanelCore build() {
            List<String> missing = new ArrayList<>();
            if (storage == null) {
                missing.add("storage(StoragePorts)");
            }
            if (wireGuard == null) {
                missing.add("wireGuard(WireGuardPort)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("CandyPanelCore.Builder is missing required ports: " + String.join(", ", missing)
                        + ". Set them before build().");
            }
            return new CandyPanelCore(this, random != null ? random : new SecureRandom());
        }
    }

    /** No remote install: nobody holds a setup token. */
    private enum NoSetupToken implements SetupTokenPort {
        INSTANCE;

        @Override
        public boolean matches(String candidate) {
            return false;
        }

        @Override
        public void discard() {
            // Nothing was issued.
        }
    }

    /** No chat channel is connected: nothing is delivered, and callers are told so. */
    private enum NoChatChannel implements NotificationPort {
        INSTANCE;

        @Override
        public boolean orderPlaced(Transaction order) {
            return false;
        }

        @Override
        public boolean orderApproved(Transaction order, Client client,
                                     String config) {
            return false;
        }

        @Override
        public boolean orderRejected(Transaction order) {
            return false;
        }

        @Override
        public boolean supportRequested(TelegramId from,
                                        Optional<ClientName> client,
                                        ChatText message) {
            return false;
        }

        @Override
        public boolean broadcast(List<TelegramId> recipients,
                                 ChatText message) {
            return false;
        }

        @Override
        public boolean remind(TelegramId to, Reminder reminder) {
            return false;
        }
    }
}
