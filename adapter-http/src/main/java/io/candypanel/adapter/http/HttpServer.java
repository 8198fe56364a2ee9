package io.candypanel.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.candypanel.adapter.http.auth.AuthHandlers;
import io.candypanel.adapter.http.client.ClientHandlers;
import io.candypanel.adapter.http.overview.OverviewHandlers;
import io.candypanel.adapter.http.sync.SyncHandlers;
import io.candypanel.adapter.http.wginterface.InterfaceHandlers;
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
    private final HttpHandler rootHandler;
    private Undertow undertow;

    /**
     * @param clock its zone is the panel's time zone: dates without an offset in requests are read in it
     */
    public HttpServer(HttpConfig config, Clock clock,
                      CheckInstallationUseCase checkInstallation, InstallPanelUseCase installPanel,
                      LoginUseCase login, AuthenticateUseCase authenticate,
                      CreateClientUseCase createClient, UpdateClientUseCase updateClient,
                      DeleteClientUseCase deleteClient, GetClientConfigUseCase getClientConfig,
                      PanelOverviewUseCase panelOverview,
                      CreateInterfaceUseCase createInterface, UpdateInterfaceUseCase updateInterface,
                      DeleteInterfaceUseCase deleteInterface, SyncUseCase sync) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        ObjectMapper mapper = JsonMappers.newMapper();
        JsonResponses responses = new JsonResponses(mapper);
        HttpRoutes routes = new HttpRoutes(
                new AuthHandlers(checkInstallation, installPanel, login),
                new ClientHandlers(createClient, updateClient, deleteClient, getClientConfig, clock),
                new InterfaceHandlers(createInterface, updateInterface, deleteInterface),
                new SyncHandlers(sync),
                new OverviewHandlers(panelOverview));
        ApiExchangeHandler api = new ApiExchangeHandler(routes.router(), new BearerAuthenticator(authenticate),
                new JsonBodies(mapper), responses, new HttpErrorMapping());
        // BlockingHandler moves each request off the I/O thread before anything reads a body or calls a use case.
        this.rootHandler = new JsonDefaultResponses(new BlockingHandler(api), responses);
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
