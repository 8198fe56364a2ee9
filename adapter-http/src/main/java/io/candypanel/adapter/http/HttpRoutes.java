package io.candypanel.adapter.http;

import io.candypanel.adapter.http.Router.Access;
import io.candypanel.adapter.http.apitoken.ApiTokenHandlers;
import io.candypanel.adapter.http.audit.AuditHandlers;
import io.candypanel.adapter.http.auth.AuthHandlers;
import io.candypanel.adapter.http.backup.BackupHandlers;
import io.candypanel.adapter.http.botapi.BotAdminGate;
import io.candypanel.adapter.http.botapi.BotAdminHandlers;
import io.candypanel.adapter.http.botapi.BotUserHandlers;
import io.candypanel.adapter.http.client.ClientHandlers;
import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.metrics.MetricsHandlers;
import io.candypanel.adapter.http.openapi.OpenApiHandlers;
import io.candypanel.adapter.http.overview.ClientListHandlers;
import io.candypanel.adapter.http.overview.DashboardHandlers;
import io.candypanel.adapter.http.overview.OverviewHandlers;
import io.candypanel.adapter.http.overview.SummaryHandlers;
import io.candypanel.adapter.http.setting.SettingHandlers;
import io.candypanel.adapter.http.setting.SettingsViewHandlers;
import io.candypanel.adapter.http.share.ShareHandlers;
import io.candypanel.adapter.http.sync.SyncHandlers;
import io.candypanel.adapter.http.wginterface.InterfaceHandlers;
import io.candypanel.adapter.http.wginterface.InterfaceListHandlers;
import java.util.Objects;

/**
 * Every route of the API, including the actions behind {@code /api/auth} and {@code /api/manage}, in
 * one list. {@code change} marks the actions that alter state: they are recorded in the audit log
 * when they succeed; so does {@link #audited} for the bot admin's changes. The {@code /bot_api} admin
 * routes but {@code check_admin} sit behind the {@link BotAdminGate}, and {@code server_control} is the
 * very dispatcher of {@code /api/manage} behind it. The OpenAPI document ({@code openapi.json}) is
 * tested against this list.
 */
final class HttpRoutes {
    record Handlers(AuthHandlers auth, ClientHandlers clients, InterfaceHandlers interfaces, SyncHandlers sync,
                    OverviewHandlers overview, SettingHandlers settings, ApiTokenHandlers apiTokens, BackupHandlers backups,
                    AuditHandlers audit, ShareHandlers shares, MetricsHandlers metrics, OpenApiHandlers openApi,
                    BotUserHandlers botUsers, BotAdminHandlers botAdmins, BotAdminGate botAdminGate,
                    ClientListHandlers clientList, SummaryHandlers summary, DashboardHandlers dashboard,
                    InterfaceListHandlers interfaceList, SettingsViewHandlers settingsView) {
        Handlers {
            Objects.requireNonNull(auth, "auth");
            Objects.requireNonNull(clients, "clients");
            Objects.requireNonNull(interfaces, "interfaces");
            Objects.requireNonNull(sync, "sync");
            Objects.requireNonNull(overview, "overview");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(apiTokens, "apiTokens");
            Objects.requireNonNull(backups, "backups");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(shares, "shares");
            Objects.requireNonNull(metrics, "metrics");
            Objects.requireNonNull(openApi, "openApi");
            Objects.requireNonNull(botUsers, "botUsers");
            Objects.requireNonNull(botAdmins, "botAdmins");
            Objects.requireNonNull(botAdminGate, "botAdminGate");
            Objects.requireNonNull(clientList, "clientList");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(dashboard, "dashboard");
            Objects.requireNonNull(interfaceList, "interfaceList");
            Objects.requireNonNull(settingsView, "settingsView");
        }
    }

    private final Handlers h;
    private final AuditTrail auditTrail;
    private final Access metricsAccess;

    /** @param metricsAccess {@code PUBLIC} when the configuration opens {@code /metrics} to scrapers without a token */
    HttpRoutes(Handlers handlers, AuditTrail auditTrail, Access metricsAccess) {
        this.h = Objects.requireNonNull(handlers, "handlers");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.metricsAccess = Objects.requireNonNull(metricsAccess, "metricsAccess");
    }

    Router router() {
        ManageDispatcher manage = manageActions();
        return Router.builder()
                .get("/check", Access.PUBLIC, h.auth()::check)
                .post("/api/auth", Access.PUBLIC, authActions())
                .post("/api/manage", Access.BEARER, manage)
                .get("/api/data", Access.BEARER, h.overview()::data)
                .get("/api/clients", Access.BEARER, h.clientList()::list)
                .get("/api/summary", Access.BEARER, h.summary()::summary)
                .get("/api/dashboard", Access.BEARER, h.dashboard()::dashboard)
                .get("/api/interfaces", Access.BEARER, h.interfaceList()::list)
                .get("/api/settings", Access.BEARER, h.settingsView()::settings)
                .get("/api/clients/{name}/qr.png", Access.BEARER, h.clients()::qr)
                .get("/api/openapi.json", Access.PUBLIC, h.openApi()::document)
                .get("/s/{token}", Access.PUBLIC, h.shares()::page)
                .get("/s/{token}/config", Access.PUBLIC, h.shares()::config)
                .get("/s/{token}/qr.png", Access.PUBLIC, h.shares()::qr)
                .get("/metrics", metricsAccess, h.metrics()::metrics)
                .post("/bot_api/user/register", Access.BEARER, h.botUsers()::register)
                .post("/bot_api/user/set_language", Access.BEARER, h.botUsers()::setLanguage)
                .post("/bot_api/user/initiate_purchase", Access.BEARER, h.botUsers()::initiatePurchase)
                .post("/bot_api/user/calculate_price", Access.BEARER, h.botUsers()::calculatePrice)
                .post("/bot_api/user/submit_transaction", Access.BEARER, h.botUsers()::submitTransaction)
                .post("/bot_api/user/buy_traffic_request", Access.BEARER, h.botUsers()::buyTrafficRequest)
                .post("/bot_api/user/get_license", Access.BEARER, h.botUsers()::getLicense)
                .post("/bot_api/user/account_status", Access.BEARER, h.botUsers()::accountStatus)
                .post("/bot_api/user/call_support", Access.BEARER, h.botUsers()::callSupport)
                .post("/bot_api/admin/check_admin", Access.BEARER, h.botAdmins()::checkAdmin)
                .post("/bot_api/admin/get_all_users", Access.BEARER, botAdmin(h.botAdmins()::getAllUsers))
                .post("/bot_api/admin/get_transactions", Access.BEARER, botAdmin(h.botAdmins()::getTransactions))
                .post("/bot_api/admin/approve_transaction", Access.BEARER,
                        botAdmin(audited("bot.approve_transaction", h.botAdmins()::approveTransaction)))
                .post("/bot_api/admin/reject_transaction", Access.BEARER,
                        botAdmin(audited("bot.reject_transaction", h.botAdmins()::rejectTransaction)))
                .post("/bot_api/admin/manage_user", Access.BEARER, botAdmin(audited("bot.manage_user", h.botAdmins()::manageUser)))
                .post("/bot_api/admin/send_message_to_all", Access.BEARER,
                        botAdmin(audited("bot.send_message_to_all", h.botAdmins()::sendMessageToAll)))
                .post("/bot_api/admin/server_control", Access.BEARER, botAdmin(manage))
                .build();
    }

    /** Only for the bot admin's Telegram id (403 otherwise); see {@link BotAdminGate}. */
    private ApiHandler botAdmin(ApiHandler handler) {
        return h.botAdminGate().guard(handler);
    }

    /** A change outside the action switches: recorded in the audit log as {@code action} when it succeeds. */
    private ApiHandler audited(String action, ApiHandler handler) {
        return request -> {
            ApiResponse response = handler.handle(request);
            auditTrail.record(request.caller().principal(), action, response.audit());
            return response;
        };
    }

    /** {@code logout} and {@code change_password} authenticate the caller themselves; the others are public. */
    private ActionSwitch authActions() {
        return ActionSwitch.builder("auth", auditTrail)
                .on("login", h.auth()::login)
                .on("install", h.auth()::install)
                .change("logout", h.auth()::logout)
                .change("change_password", h.auth()::changePassword)
                .build();
    }

    private ManageDispatcher manageActions() {
        return ManageDispatcher.builder(auditTrail)
                .change("client", "create", h.clients()::create)
                .change("client", "update", h.clients()::update)
                .change("client", "delete", h.clients()::delete)
                .on("client", "get_config", h.clients()::getConfig)
                .change("client", "reset_traffic", h.clients()::resetTraffic)
                .change("client", "share", h.clients()::share)
                .change("client", "unshare", h.clients()::unshare)
                .change("interface", "create", h.interfaces()::create)
                .change("interface", "update", h.interfaces()::update)
                .change("interface", "delete", h.interfaces()::delete)
                .change("setting", "update", h.settings()::update)
                .change("api_token", "create_or_update", h.apiTokens()::createOrUpdate)
                .change("api_token", "delete", h.apiTokens()::delete)
                .change("sync", "trigger", h.sync()::trigger)
                .change("backup", "create", h.backups()::create)
                .on("backup", "list", h.backups()::list)
                .change("backup", "restore", h.backups()::restore)
                .on("audit", "list", h.audit()::list)
                .build();
    }
}
