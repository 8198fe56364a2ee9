package io.candypanel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.config.ConfigLoader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole panel in-process: real SQLite file, real Undertow on loopback, config files in a temp directory. */
class FullStackIT {
    private static final String PASSWORD = "full-stack-password";

    @TempDir
    Path work;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
    private CandyPanelApp app;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        app = CandyPanelApp.start(config(), clock);
        api = new ApiClient(app.httpPort());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private AppConfig config() {
        return new ConfigLoader(Map.of()).load(List.of("--data-dir", work.resolve("data").toString(),
                "--wg-dir", work.resolve("wg").toString(), "--wg-mode", "config-only", "--bind", "127.0.0.1", "--port", "0"));
    }

    private void restart() throws Exception {
        app.close();
        app = CandyPanelApp.start(config(), clock);
        api = new ApiClient(app.httpPort());
    }

    @Test
    void installRunsOnceAndLoginIssuesExpiringSessions() {
        assertEquals(200, api.install(PASSWORD).status());
        ApiClient.Reply again = api.install("other-password");
        assertEquals(409, again.status());
        assertEquals("ALREADY_INSTALLED", again.code());

        ApiClient.Reply wrong = api.post("/api/auth", "{\"action\":\"login\",\"username\":\"admin\",\"password\":\"nope\"}");
        assertEquals(401, wrong.status());
        api.useToken("NONE");
        assertEquals(401, api.get("/api/data").status());
        api.useToken(null);
        assertEquals(401, api.get("/api/data").status());

        api.login(PASSWORD);
        assertEquals(200, api.get("/api/data").status());
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        ApiClient.Reply expired = api.get("/api/data");
        assertEquals(401, expired.status());
        assertEquals("UNAUTHENTICATED", expired.code());
    }

    @Test
    void clientLifecycleKeepsDatabaseAndConfigFileInStep() throws Exception {
        api.install(PASSWORD);
        api.login(PASSWORD);
        Path wg0 = work.resolve("wg").resolve("wg0.conf");

        ApiClient.Reply created = api.manage("client", "create",
                "{\"name\":\"bob\",\"expires\":\"2027-06-01\",\"traffic\":5368709120,\"note\":\"first\"}");
        assertEquals(200, created.status(), created.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wg0)));
        assertTrue(Files.readString(wg0).contains("AllowedIPs = 10.0.0.2/32"));

        ApiClient.Reply disabled = api.post("/api/manage",
                "{\"resource\":\"client\",\"action\":\"update\",\"name\":\"bob\",\"status\":false}");
        assertEquals(200, disabled.status(), disabled.toString());
        assertFalse(Files.readString(wg0).contains("10.0.0.2/32"), "a disabled client has no peer");
        JsonNode bob = client("bob");
        assertFalse(bob.path("status").asBoolean());
        assertEquals("manual", bob.path("disabled_reason").asText());
        assertEquals("5368709120", bob.path("traffic").asText());

        assertEquals(200, api.manage("client", "update", "{\"name\":\"bob\",\"status\":true}").status());
        assertTrue(Files.readString(wg0).contains("AllowedIPs = 10.0.0.2/32"));

        ApiClient.Reply bad = api.manage("client", "create", "{\"name\":\"eve\",\"expires\":\"2027-06-01\",\"traffic\":\"abc\"}");
        assertEquals(400, bad.status());
        ApiClient.Reply taken = api.manage("client", "create", "{\"name\":\"bob\",\"expires\":\"2027-06-01\",\"traffic\":0}");
        assertEquals(409, taken.status());
        assertEquals("CLIENT_NAME_TAKEN", taken.code());
        ApiClient.Reply past = api.manage("client", "create", "{\"name\":\"eve\",\"expires\":\"2020-01-01\",\"traffic\":0}");
        assertEquals(400, past.status());
        assertEquals(1, api.get("/api/data").data().path("clients").size(), "rejected requests change nothing");
    }

    @Test
    void overviewCarriesNoSecretsButGivesTheAdminWhatItNeeds() {
        api.install(PASSWORD);
        String token = api.login(PASSWORD);
        api.manage("client", "create", "{\"name\":\"carol\",\"expires\":\"2027-06-01T00:00:00Z\",\"traffic\":0}");

        ApiClient.Reply data = api.get("/api/data");
        String text = data.body().toString();
        assertEquals(200, data.status());
        assertFalse(text.contains(PASSWORD), "no admin password");
        assertFalse(text.contains("pbkdf2"), "no password hash");
        assertFalse(text.contains(token), "no session token");
        JsonNode wg0 = data.data().path("interfaces").get(0);
        assertFalse(wg0.has("private_key"), "interface private keys stay on the server");
        assertEquals("10.0.0.1/24", wg0.path("address_range").asText());
        JsonNode settings = data.data().path("settings");
        assertFalse(settings.has("admin"));
        assertFalse(settings.has("session_token"));
        assertEquals("203.0.113.10", settings.path("custom_endpont").asText());
        assertEquals("1.1.1.1", settings.path("dns").asText());
        JsonNode carol = client("carol");
        assertEquals(44, carol.path("private_key").asText().length(), "the admin can rebuild a client config");
        assertEquals("10.0.0.2", carol.path("address").asText());
        JsonNode dashboard = data.data().path("dashboard");
        assertEquals(1, dashboard.path("clients_count").asInt());
        assertEquals("config-only", dashboard.path("wg_mode").asText());
        assertTrue(dashboard.path("wg_status").asText().toLowerCase().contains("not driven"), dashboard.toString());
    }

    /**
     * The web panel's cheap reads on the real stack: {@code /api/dashboard} counts with queries,
     * {@code /api/interfaces} with one grouped query, and both, like {@code /api/settings}, agree with
     * what {@code /api/data} derives from the rows it loads.
     */
    @Test
    void theScreenReadsAgreeWithApiData() {
        String botToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        String apiToken = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";
        api.install(PASSWORD);
        api.login(PASSWORD);
        assertOk(api.manage("interface", "create", "{\"address_range\":\"10.1.0.1/24\",\"port\":51821}"));
        assertOk(api.manage("interface", "create", "{\"address_range\":\"10.2.0.1/24\",\"port\":51822}"));
        for (String name : List.of("amy", "ben", "cid")) {
            assertOk(api.manage("client", "create", "{\"name\":\"" + name + "\",\"expires\":\"2027-06-01\",\"traffic\":0}"));
        }
        assertOk(api.manage("client", "create", "{\"name\":\"dot\",\"expires\":\"2027-06-01\",\"traffic\":0,\"wg_id\":1}"));
        assertOk(api.manage("client", "update", "{\"name\":\"ben\",\"status\":false}"));
        assertOk(api.manage("client", "update", "{\"name\":\"dot\",\"status\":false}"));
        assertOk(api.manage("setting", "update", "{\"key\":\"telegram_bot_token\",\"value\":\"" + botToken + "\"}"));
        assertOk(api.manage("api_token", "create_or_update", "{\"name\":\"ci\",\"token\":\"" + apiToken + "\"}"));

        JsonNode data = api.get("/api/data").data();
        ApiClient.Reply dashboardReply = api.get("/api/dashboard");
        ApiClient.Reply interfacesReply = api.get("/api/interfaces");
        ApiClient.Reply settingsReply = api.get("/api/settings");
        for (ApiClient.Reply reply : List.of(dashboardReply, interfacesReply, settingsReply)) {
            assertEquals(200, reply.status(), reply.toString());
            assertTrue(reply.success(), reply.toString());
        }

        JsonNode dashboard = dashboardReply.data();
        assertEquals(4, dashboard.path("clients_count").asLong());
        assertEquals(2, dashboard.path("enabled_clients").asLong());
        assertEquals(0, dashboard.path("connected_clients").asLong());
        // The host's figures move between two requests; everything else is the same object.
        ObjectNode stable = dashboard.deepCopy();
        ObjectNode overviewStable = data.path("dashboard").deepCopy();
        for (String moving : List.of("cpu", "mem", "net", "uptime")) {
            assertTrue(stable.has(moving), moving);
            stable.remove(moving);
            overviewStable.remove(moving);
        }
        assertEquals(overviewStable, stable);

        JsonNode listed = interfacesReply.data().path("interfaces");
        assertEquals(3, listed.size());
        assertEquals(List.of(3L, 1L, 0L), List.of(listed.path(0).path("client_count").asLong(),
                listed.path(1).path("client_count").asLong(), listed.path(2).path("client_count").asLong()),
                "wg0: amy, ben (disabled), cid; wg1: dot (disabled); wg2: none");
        for (int i = 0; i < listed.size(); i++) {
            JsonNode entry = listed.path(i);
            long onInterface = 0;
            for (JsonNode client : data.path("clients")) {
                onInterface += client.path("wg").asInt() == entry.path("wg").asInt() ? 1 : 0;
            }
            assertEquals(onInterface, entry.path("client_count").asLong(), entry::toString);
            ObjectNode withoutCount = entry.deepCopy();
            withoutCount.remove("client_count");
            assertEquals(data.path("interfaces").path(i), withoutCount);
        }
        assertFalse(interfacesReply.body().toString().contains("private_key"));

        JsonNode settings = settingsReply.data();
        Set<String> fields = new HashSet<>();
        settings.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("settings", "api_tokens"), fields);
        assertEquals(data.path("settings"), settings.path("settings"));
        assertEquals(data.path("api_tokens"), settings.path("api_tokens"));
        assertEquals("****Dsaw", settings.path("settings").path("telegram_bot_token").asText());
        assertEquals("[\"ci\"]", settings.path("api_tokens").toString());
        assertFalse(settingsReply.body().toString().contains(botToken));
        assertFalse(settingsReply.body().toString().contains(apiToken));
    }

    private static void assertOk(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
    }

    @Test
    void concurrentCreationsThroughTheApiAllGetDistinctAddresses() throws Exception {
        api.install(PASSWORD);
        String token = api.login(PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = "peer-" + i;
            replies.add(pool.submit(() -> {
                ApiClient client = new ApiClient(app.httpPort());
                client.useToken(token);
                return client.manage("client", "create", "{\"name\":\"" + name + "\",\"expires\":\"2027-06-01\",\"traffic\":0}");
            }));
        }
        for (Future<ApiClient.Reply> reply : replies) {
            assertEquals(200, reply.get().status(), reply.get().toString());
        }
        pool.shutdown();

        Set<String> addresses = new HashSet<>();
        for (JsonNode client : api.get("/api/data").data().path("clients")) {
            addresses.add(client.path("address").asText());
        }
        assertEquals(60, addresses.size());
        String serverConfig = Files.readString(work.resolve("wg").resolve("wg0.conf"));
        assertEquals(60, serverConfig.split("\\[Peer]", -1).length - 1, "the config file has every peer");
    }

    @Test
    void aRestartKeepsEverythingAndRewritesTheConfigFromTheDatabase() throws Exception {
        api.install(PASSWORD);
        api.login(PASSWORD);
        api.manage("client", "create", "{\"name\":\"dave\",\"expires\":\"2027-06-01\",\"traffic\":1000}");
        Path wg0 = work.resolve("wg").resolve("wg0.conf");
        Files.delete(wg0);

        restart();

        assertTrue(api.get("/check").body().path("installed").asBoolean());
        api.login(PASSWORD);
        assertEquals("1000", client("dave").path("traffic").asText());
        assertTrue(Files.readString(wg0).contains("AllowedIPs = 10.0.0.2/32"), "config rendered again at start");
    }

    @Test
    void installFromAnotherMachineNeedsTheSetupToken() throws Exception {
        app.close();
        app = CandyPanelApp.start(new ConfigLoader(Map.of()).load(List.of("--data-dir", work.resolve("data").toString(),
                "--wg-dir", work.resolve("wg").toString(), "--wg-mode", "config-only", "--bind", "0.0.0.0", "--port", "0")), clock);
        ApiClient remote = new ApiClient(nonLoopbackAddress(), app.httpPort());
        String body = "{\"action\":\"install\",\"server_ip\":\"203.0.113.10\",\"wg_port\":51820,\"admin_password\":\"" + PASSWORD + "\"";

        ApiClient.Reply withoutToken = remote.post("/api/auth", body + "}");
        assertEquals(403, withoutToken.status(), withoutToken.toString());
        assertEquals("SETUP_TOKEN_REQUIRED", withoutToken.code());
        ApiClient.Reply wrongToken = remote.post("/api/auth", body + ",\"setup_token\":\"guess\"}");
        assertEquals(403, wrongToken.status());
        assertFalse(remote.get("/check").body().path("installed").asBoolean(), "refused installs change nothing");

        String setupToken = Files.readString(work.resolve("data").resolve("setup-token")).strip();
        ApiClient.Reply withToken = remote.post("/api/auth", body + ",\"setup_token\":\"" + setupToken + "\"}");
        assertEquals(200, withToken.status(), withToken.toString());
        assertFalse(Files.exists(work.resolve("data").resolve("setup-token")), "the one-time token is gone after install");
    }

    /** An address of this machine that is not loopback, so the panel sees a remote caller. */
    private static String nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        throw new AssertionError("this test needs a non-loopback IPv4 address on the machine to act as a remote caller");
    }

    private JsonNode client(String name) {
        for (JsonNode client : api.get("/api/data").data().path("clients")) {
            if (client.path("name").asText().equals(name)) {
                return client;
            }
        }
        throw new AssertionError("no client " + name);
    }
}
