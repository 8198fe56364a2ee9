package io.candypanel.adapter.http;

import io.candypanel.adapter.http.Router.Access;
import io.candypanel.adapter.http.auth.AuthHandlers;
import io.candypanel.adapter.http.client.ClientHandlers;
import io.candypanel.adapter.http.overview.OverviewHandlers;
import io.candypanel.adapter.http.sync.SyncHandlers;
import io.candypanel.adapter.http.wginterface.InterfaceHandlers;
import java.util.Objects;

/** Every route of the API, including the actions behind {@code /api/auth} and {@code /api/manage}, in one list. */
final class HttpRoutes {
    private final AuthHandlers auth;
    private final ClientHandlers clients;
    private final InterfaceHandlers interfaces;
    private final SyncHandlers sync;
    private final OverviewHandlers overview;

    HttpRoutes(AuthHandlers auth, ClientHandlers clients, InterfaceHandlers interfaces, SyncHandlers sync,
               OverviewHandlers overview) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.overview = Objects.requireNonNull(overview, "overview");
    }

    Router router() {
        return Router.builder()
                .get("/check", Access.PUBLIC, auth::check)
                .post("/api/auth", Access.PUBLIC, authActions())
                .post("/api/manage", Access.BEARER, manageActions())
                .get("/api/data", Access.BEARER, overview::data)
                .build();
    }

    private ActionSwitch authActions() {
        return ActionSwitch.builder()
                .on("login", auth::login)
                .on("install", auth::install)
                .build();
    }

    private ManageDispatcher manageActions() {
        return ManageDispatcher.builder()
                .on("client", "create", clients::create)
                .on("client", "update", clients::update)
                .on("client", "delete", clients::delete)
                .on("client", "get_config", clients::getConfig)
                .on("interface", "create", interfaces::create)
                .on("interface", "update", interfaces::update)
                .on("interface", "delete", interfaces::delete)
                .on("sync", "trigger", sync::trigger)
                .build();
    }
}
