package io.candypanel.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.candypanel.adapter.http.apitoken.ApiTokenHandlers;
import io.candypanel.adapter.http.audit.AuditHandlers;
import io.candypanel.adapter.http.auth.AuthHandlers;
import io.candypanel.adapter.http.backup.BackupHandlers;
import io.candypanel.adapter.http.botapi.BotAdminGate;
import io.candypanel.adapter.http.botapi.BotAdminHandlers;
import io.candypanel.adapter.http.botapi.BotUserHandlers;
import io.candypanel.adapter.http.client.ClientHandlers;
import io.candypanel.adapter.http.metrics.MetricsHandlers;
import io.candypanel.adapter.http.metrics.RequestMetrics;
import io.candypanel.adapter.http.openapi.OpenApiHandlers;
import io.candypanel.adapter.http.overview.ClientListHandlers;
import io.candypanel.adapter.http.overview.DashboardHandlers;
import io.candypanel.adapter.http.overview.OverviewHandlers;
import io.candypanel.adapter.http.overview.SummaryHandlers;
import io.candypanel.adapter.http.setting.SettingHandlers;
import io.candypanel.adapter.http.setting.SettingsViewHandlers;
import io.candypanel.adapter.http.share.ShareHandlers;
import io.candypanel.adapter.http.sync.SyncHandlers;
import io.candypanel.adapter.http.web.WebAssets;
import io.candypanel.adapter.http.web.WebPanelHandler;
import io.candypanel.adapter.http.wginterface.InterfaceHandlers;
import io.candypanel.adapter.http.wginterface.InterfaceListHandlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.BlockingHandler;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The panel's HTTP API on Undertow. Bootstrap constructs it with the use cases and calls
 * {@link #start()} and {@link #stop()} from its lifecycle; nothing listens before {@code start()}.
 */
public final class HttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    /**
     * Undertow's cap on a request body, above our 1 MiB limit on purpose: after a 413 Undertow drains
     * the unread rest so that the client can read the answer; beyond this it closes the connection.
     */
    static final long DRAIN_LIMIT_BYTES = 8L * 1024 * 1024;
    /** Slow or idle clients must not hold a worker thread or a connection for ever. */
    static final int IDLE_TIMEOUT_MILLIS = 60_000;
    static final int REQUEST_PARSE_TIMEOUT_MILLIS = 30_000;

    private final HttpConfig config;
    private final Router router;
    private final HttpHandler rootHandler;
    private Undertow undertow;

    /**
     * @param clock its zone is the panel's time zone: dates without an offset in requests are read in
     *              it, and the share page shows dates in it
     */
    public HttpServer(HttpConfig config, Clock clock, HttpUseCases useCases) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(useCases, "useCases");
        ObjectMapper mapper = JsonMappers.newMapper();
        JsonResponses responses = new JsonResponses(mapper);
        RequestMetrics requestMetrics = new RequestMetrics();
        BotApiUseCases bot = useCases.bot();
        HttpRoutes.Handlers handlers = new HttpRoutes.Handlers(
                new AuthHandlers(useCases.checkInstallation(), useCases.installPanel(), useCases.login(), useCases.logout(),
                        useCases.changePassword()),
                new ClientHandlers(useCases.createClient(), useCases.updateClient(), useCases.deleteClient(),
                        useCases.getClientConfig(), useCases.resetClientUsage(), useCases.shareClient(), clock),
                new InterfaceHandlers(useCases.createInterface(), useCases.updateInterface(), useCases.deleteInterface()),
                new SyncHandlers(useCases.sync()),
                new OverviewHandlers(useCases.panelOverview()),
                new SettingHandlers(useCases.updateSetting()),
                new ApiTokenHandlers(useCases.saveApiToken(), useCases.deleteApiToken()),
                new BackupHandlers(useCases.backup()),
                new AuditHandlers(useCases.auditLog()),
                new ShareHandlers(useCases.viewSharedClient(), clock),
                new MetricsHandlers(useCases.panelMetrics(), requestMetrics),
                new OpenApiHandlers(),
                new BotUserHandlers(bot.register(), bot.setLanguage(), bot.purchaseOptions(), bot.quoteOrder(), bot.submitOrder(),
                        bot.license(), bot.accountStatus(), bot.callSupport()),
                new BotAdminHandlers(bot.checkAdmin(), bot.listUsers(), bot.listOrders(), bot.approveOrder(), bot.rejectOrder(),
                        bot.manageUser(), bot.broadcast()),
                new BotAdminGate(bot.checkAdmin()),
                new ClientListHandlers(useCases.listClients()),
                new SummaryHandlers(useCases.panelSummary()),
                new DashboardHandlers(useCases.panelDashboard()),
                new InterfaceListHandlers(useCases.listInterfaces()),
                new SettingsViewHandlers(useCases.viewSettings()));
        Router.Access metricsAccess = config.metricsPublic() ? Router.Access.PUBLIC : Router.Access.BEARER;
        this.router = new HttpRoutes(handlers, new AuditTrail(useCases.auditLog(), clock), metricsAccess).router();
        ApiExchangeHandler api = new ApiExchangeHandler(router, new BearerAuthenticator(useCases.authenticate()),
                new JsonBodies(mapper), responses, new HttpErrorMapping());
        // BlockingHandler moves each request off the I/O thread before anything reads a body or calls a use
        // case; the metrics handler outside it times and counts every exchange, whoever answers it. The web
        // panel (when the web-panel jar is on the classpath) answers page and asset GETs outside the API.
        HttpHandler web = new WebPanelHandler(WebAssets.fromClasspath(), api);
        this.rootHandler = new RequestMetricsHandler(new JsonDefaultResponses(new BlockingHandler(web), responses), requestMetrics);
    }

    /** The route table, for the tests that hold the OpenAPI document against it. */
    Router router() {
        return router;
    }

    public synchronized void start() {
        if (undertow != null) {
            throw new IllegalStateException("the HTTP server is already running");
        }
        Undertow server = Undertow.builder()
                .addHttpListener(config.port(), config.bindAddress())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, DRAIN_LIMIT_BYTES)
                .setServerOption(UndertowOptions.IDLE_TIMEOUT, IDLE_TIMEOUT_MILLIS)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, REQUEST_PARSE_TIMEOUT_MILLIS)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, IDLE_TIMEOUT_MILLIS)
                .setHandler(rootHandler)
                .build();
        server.start();
        undertow = server;
        LOG.info("HTTP API listening on {}:{}", config.bindAddress(), port());
    }

    public synchronized void stop() {
        if (undertow != null) {
            undertow.stop();
            undertow = null;
            LOG.info("HTTP API stopped");
        }
    }

    /** The bound port, which differs from the configured one when that was 0. */
    public synchronized int port() {
        if (undertow == null) {
            throw new IllegalStateException("the HTTP server is not running");
        }
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }
}
