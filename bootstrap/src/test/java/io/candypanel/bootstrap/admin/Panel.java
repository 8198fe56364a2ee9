package io.candypanel.bootstrap.admin;

import io.candypanel.bootstrap.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.candypanel.bootstrap.CandyPanelApp;
import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The whole panel in-process for one test: a real SQLite file in {@code <work>/data}, Undertow on a
 * free loopback port, WireGuard in config-only mode writing to {@code <work>/wg}, and a clock the test
 * moves. It can be stopped and started again on the same directories (for the CLI and restarts).
 */
final class Panel implements AutoCloseable {
    static final String PASSWORD = "admin-api-password";
    static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    final Path work;
    final MutableClock clock;
    private final List<String> extraArgs;
    private CandyPanelApp app;

    Panel(Path work, String... extraArgs) {
        this(work, new MutableClock(START), extraArgs);
    }

    Panel(Path work, MutableClock clock, String... extraArgs) {
        this.work = work;
        this.clock = clock;
        this.extraArgs = List.of(extraArgs);
    }

    AppConfig config() {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir().toString(), "--wg-dir", wgDir().toString(),
                "--wg-mode", "config-only", "--bind", "127.0.0.1", "--port", "0"));
        args.addAll(extraArgs);
        return new ConfigLoader(Map.of()).load(args);
    }

    Panel start() throws Exception {
        if (app != null) {
            throw new IllegalStateException("already running");
        }
        app = CandyPanelApp.start(config(), clock);
        return this;
    }

    void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    void restart() throws Exception {
        stop();
        start();
    }

    @Override
    public void close() {
        stop();
    }

    CandyPanelApp app() {
        if (app == null) {
            throw new IllegalStateException("the panel is stopped");
        }
        return app;
    }

    int port() {
        return app().httpPort();
    }

    Path dataDir() {
        return work.resolve("data");
    }

    Path wgDir() {
        return work.resolve("wg");
    }

    Path database() {
        return dataDir().resolve("candypanel.db");
    }

    Path backupsDir() {
        return dataDir().resolve("backups");
    }

    /** A client without a token. */
    ApiClient anonymous() {
        return new ApiClient(port());
    }

    /** Installs the panel (once) and returns a client logged in as the admin. */
    ApiClient installAndLogin() {
        ApiClient api = anonymous();
        ApiClient.Reply installed = api.install(PASSWORD);
        assertEquals(200, installed.status(), installed.toString());
        api.login(PASSWORD);
        return api;
    }

    /** A client with a fresh admin session. */
    ApiClient newSession(String password) {
        ApiClient api = anonymous();
        api.login(password);
        return api;
    }

    /**
     * What the rejected requests of a test must not change: clients, interfaces, settings and API
     * token names from {@code /api/data}, and the size of the audit log.
     */
    static ObjectNode state(ApiClient admin) {
        ApiClient.Reply data = admin.get("/api/data");
        assertEquals(200, data.status(), data.toString());
        ObjectNode state = ApiClient.JSON.createObjectNode();
        for (String part : List.of("clients", "interfaces", "settings", "api_tokens")) {
            assertTrue(data.data().has(part), "/api/data has " + part + ": " + data);
            state.set(part, data.data().get(part));
        }
        ApiClient.Reply audit = admin.manage("audit", "list", "{\"page\":1,\"size\":1}");
        assertEquals(200, audit.status(), audit.toString());
        state.put("audit_total", audit.data().path("total").asLong(-1));
        return state;
    }

    static JsonNode client(ApiClient admin, String name) {
        for (JsonNode client : admin.get("/api/data").data().path("clients")) {
            if (client.path("name").asText().equals(name)) {
                return client;
            }
        }
        throw new AssertionError("no client " + name);
    }

    static boolean hasClient(ApiClient admin, String name) {
        for (JsonNode client : admin.get("/api/data").data().path("clients")) {
            if (client.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Polls a condition that the panel reaches on a thread of its own (the start-up backup check);
     * fails after a generous deadline. The pause only spaces the polls: nothing depends on its length.
     */
    static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertFalse(System.nanoTime() > deadline, "timed out waiting until " + what);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
