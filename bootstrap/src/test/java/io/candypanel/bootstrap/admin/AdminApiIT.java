package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin features of {@code /api/manage} against the whole panel (real SQLite file, real Undertow,
 * config-only WireGuard in a temp dir): settings, API tokens, share links, metrics, the audit log and
 * the OpenAPI document.
 */
class AdminApiIT {
    private static final String BOT_TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789";
    private static final String API_TOKEN = "ci-token-0123456789abcdefghijklmnopqrstuvwxyz-XYZ";

    @TempDir
    Path work;
    private Panel panel;
    private ApiClient admin;

    @BeforeEach
    void start() throws Exception {
        panel = new Panel(work).start();
        admin = panel.installAndLogin();
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    // ---------------------------------------------------------------- 1. settings

    @Test
    void settingUpdateRefusesUnknownReadOnlyAndInvalidValuesAndChangesNothing() {
        ObjectNode before = Panel.state(admin);

        ApiClient.Reply unknown = admin.manage("setting", "update", "{\"key\":\"no_such_setting\",\"value\":\"1\"}");
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("UNKNOWN_SETTING", unknown.code());
        assertTrue(unknown.message().contains("no_such_setting"), unknown.toString());

        ApiClient.Reply mtu = admin.manage("setting", "update", "{\"key\":\"mtu\",\"value\":\"1279\"}");
        assertEquals(400, mtu.status(), mtu.toString());
        assertFalse(mtu.success());
        assertTrue(mtu.message().contains("mtu"), "the message names the setting: " + mtu);
        ApiClient.Reply mtuNumber = admin.manage("setting", "update", "{\"key\":\"mtu\",\"value\":9001}");
        assertEquals(400, mtuNumber.status(), mtuNumber.toString());
        assertTrue(mtuNumber.message().contains("mtu"), mtuNumber.toString());

        ApiClient.Reply install = admin.manage("setting", "update", "{\"key\":\"install\",\"value\":\"0\"}");
        assertEquals(400, install.status(), install.toString());
        assertEquals("SETTING_NOT_WRITABLE", install.code());
        assertTrue(admin.get("/check").body().path("installed").asBoolean(), "the panel is still installed");

        for (String prices : List.of("\"cheap\"", "[4000, 75000]", "{\"1GB\": 4000}", "{\"1Month\": 75000}",
                "{\"1GB\": -1, \"1Month\": 75000}", "{\"1GB\": 4000, \"1Month\": -0.5}", "{\"1GB\": \"4000\", \"1Month\": 75000}",
                "\"{\\\"1GB\\\": -4000, \\\"1Month\\\": 1}\"", "{\"1GB\": 4000, \"1Month\": null}", "42")) {
            ApiClient.Reply refused = admin.manage("setting", "update", "{\"key\":\"prices\",\"value\":" + prices + "}");
            assertEquals(400, refused.status(), prices + " -> " + refused);
            assertTrue(refused.message().contains("prices"), prices + " -> " + refused);
        }

        assertEquals(before, Panel.state(admin), "refused setting updates change nothing, not even the audit log");
    }

    @Test
    void pricesAcceptAnObjectWithNonNegativeOneGbAndOneMonth() {
        ApiClient.Reply asObject = admin.manage("setting", "update", "{\"key\":\"prices\",\"value\":{\"1GB\": 0, \"1Month\": 12.5}}");
        assertEquals(200, asObject.status(), asObject.toString());
        JsonNode stored = readJson(admin.get("/api/data").data().path("settings").path("prices").asText());
        assertEquals(0.0, stored.path("1GB").asDouble(-1));
        assertEquals(12.5, stored.path("1Month").asDouble(-1));

        ApiClient.Reply asText = admin.manage("setting", "update", "{\"key\":\"prices\",\"value\":\"{\\\"1GB\\\": 5000, \\\"1Month\\\": 90000}\"}");
        assertEquals(200, asText.status(), asText.toString());
        stored = readJson(admin.get("/api/data").data().path("settings").path("prices").asText());
        assertEquals(5000, stored.path("1GB").asInt());
        assertEquals(90000, stored.path("1Month").asInt());
    }

    @Test
    void mtuDnsAndEndpointChangesShowInTheNextConfigOfAnExistingClient() {
        assertEquals(200, admin.createClient("alice").status());
        String before = config("alice");
        assertTrue(before.contains("MTU = 1420"), before);
        assertTrue(before.contains("DNS = 1.1.1.1"), before);
        assertTrue(before.contains("Endpoint = 203.0.113.10:51820"), before);

        admin.ok("setting", "update", "{\"key\":\"mtu\",\"value\":\"1380\"}");
        admin.ok("setting", "update", "{\"key\":\"dns\",\"value\":\"9.9.9.9,149.112.112.112\"}");
        admin.ok("setting", "update", "{\"key\":\"custom_endpont\",\"value\":\"vpn.example.org\"}");

        String after = config("alice");
        assertTrue(after.contains("MTU = 1380\n"), after);
        assertTrue(after.matches("(?s).*DNS = 9\\.9\\.9\\.9, ?149\\.112\\.112\\.112\n.*"), after);
        assertTrue(after.contains("Endpoint = vpn.example.org:51820\n"), after);
        assertFalse(after.contains("1420") || after.contains("203.0.113.10"), after);
        JsonNode settings = admin.get("/api/data").data().path("settings");
        assertEquals("1380", settings.path("mtu").asText());
        assertEquals("vpn.example.org", settings.path("custom_endpont").asText());
    }

    @Test
    void theTelegramBotTokenIsStoredButOnlyItsLastFourCharactersAreEverShown() {
        ApiClient.Reply set = admin.manage("setting", "update", "{\"key\":\"telegram_bot_token\",\"value\":\"" + BOT_TOKEN + "\"}");
        assertEquals(200, set.status(), set.toString());
        assertFalse(set.text().contains(BOT_TOKEN), set.toString());

        ApiClient.Reply data = admin.get("/api/data");
        assertFalse(data.text().contains(BOT_TOKEN), "the full bot token never leaves the server");
        assertFalse(data.text().contains("ABCdefGHIjklMNOpqrSTUvwxYZ"), "not even its secret part");
        String shown = data.data().path("settings").path("telegram_bot_token").asText();
        assertTrue(shown.endsWith("6789"), shown);
        assertFalse(shown.contains("123456:"), shown);
        assertTrue(shown.length() <= 8, "masked to its last 4 characters: " + shown);

        ApiClient.Reply invalid = admin.manage("setting", "update", "{\"key\":\"telegram_bot_token\",\"value\":\"not-a-bot-token\"}");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(shown, admin.get("/api/data").data().path("settings").path("telegram_bot_token").asText());
        assertFalse(auditText().contains(BOT_TOKEN), "the audit log never records the bot token");
    }

    // ---------------------------------------------------------------- 2. API tokens

    @Test
    void anApiTokenWorksAsABearerIsListedByNameAndIsNeverShownOrStored() throws Exception {
        ApiClient.Reply weak = admin.manage("api_token", "create_or_update",
                "{\"name\":\"ci\",\"token\":\"" + "x".repeat(31) + "\"}");
        assertEquals(400, weak.status(), weak.toString());
        assertFalse(weak.text().contains("x".repeat(31)), "the refused token is not echoed");
        ApiClient.Reply spaces = admin.manage("api_token", "create_or_update",
                "{\"name\":\"ci\",\"token\":\"" + "with spaces ".repeat(4) + "\"}");
        assertEquals(400, spaces.status(), spaces.toString());
        assertFalse(admin.get("/api/data").data().path("api_tokens").toString().contains("\"ci\""), "nothing was saved");

        ApiClient.Reply created = admin.manage("api_token", "create_or_update", "{\"name\":\"ci\",\"token\":\"" + API_TOKEN + "\"}");
        assertEquals(200, created.status(), created.toString());
        assertFalse(created.text().contains(API_TOKEN), created.toString());

        ApiClient bot = new ApiClient(panel.port(), API_TOKEN);
        ApiClient.Reply data = bot.get("/api/data");
        assertEquals(200, data.status(), data.toString());
        assertFalse(data.text().contains(API_TOKEN), "the token's own answer does not contain it");
        assertEquals(200, bot.createClient("made-by-token").status(), "the token works on /api/manage");
        assertTrue(Panel.hasClient(admin, "made-by-token"));

        JsonNode names = admin.get("/api/data").data().path("api_tokens");
        assertEquals("[\"ci\"]", names.toString(), "/api/data lists the token by name");
        assertFalse(admin.get("/api/data").text().contains(API_TOKEN));
        assertFalse(auditText().contains(API_TOKEN));

        assertNoFileContains(panel.dataDir(), API_TOKEN);

        ApiClient.Reply deleted = admin.manage("api_token", "delete", "{\"name\":\"ci\"}");
        assertEquals(200, deleted.status(), deleted.toString());
        ApiClient.Reply afterDelete = bot.get("/api/data");
        assertEquals(401, afterDelete.status(), afterDelete.toString());
        assertEquals("UNAUTHENTICATED", afterDelete.code());
        assertEquals(401, bot.createClient("too-late").status());
        assertEquals(401, bot.get("/metrics").status());
        assertFalse(Panel.hasClient(admin, "too-late"));
        assertEquals("[]", admin.get("/api/data").data().path("api_tokens").toString());
        assertEquals(404, admin.manage("api_token", "delete", "{\"name\":\"ci\"}").status(), "deleting twice is 404");

        assertNoFileContains(panel.dataDir(), API_TOKEN);
    }

    @Test
    void replacingAnApiTokenRetiresTheOldValue() {
        String replacement = "replacement-token-abcdefghijklmnopqrstuvwxyz-0123456789";
        admin.ok("api_token", "create_or_update", "{\"name\":\"ci\",\"token\":\"" + API_TOKEN + "\"}");
        admin.ok("api_token", "create_or_update", "{\"name\":\"ci\",\"token\":\"" + replacement + "\"}");

        assertEquals(401, new ApiClient(panel.port(), API_TOKEN).get("/api/data").status(), "the old value stops working");
        assertEquals(200, new ApiClient(panel.port(), replacement).get("/api/data").status());
        assertEquals("[\"ci\"]", admin.get("/api/data").data().path("api_tokens").toString());
    }

    // ---------------------------------------------------------------- 6. share links

    @Test
    void aShareLinkServesPageConfigAndQrUntilItIsRevoked() throws Exception {
        assertEquals(200, admin.createClient("sharer").status());
        JsonNode shared = admin.ok("client", "share", "{\"name\":\"sharer\"}");
        String url = shared.path("share_url").asText();
        assertTrue(url.startsWith("/s/"), shared.toString());
        String token = url.substring(3);
        assertTrue(token.length() >= 22, "at least 128 bits: " + token);
        assertEquals(url, Panel.client(admin, "sharer").path("share_url").asText(), "/api/data shows the link");

        JsonNode client = Panel.client(admin, "sharer");
        String privateKey = client.path("private_key").asText();
        String presharedKey = client.path("preshared_key").asText();
        assertEquals(44, privateKey.length());
        String config = config("sharer");

        ApiClient visitor = panel.anonymous();
        ApiClient.Reply page = visitor.get(url);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        String html = page.text();
        assertTrue(html.contains("sharer"), html);
        assertTrue(html.contains("href=\"" + url + "/config\""), "the page links the config download: " + html);
        assertFalse(html.contains(privateKey), "the page itself carries no private key");
        assertFalse(html.contains(presharedKey), "nor the preshared key");
        assertFalse(html.contains("PrivateKey"), html);

        ApiClient.Reply file = visitor.get(url + "/config");
        assertEquals(200, file.status(), file.toString());
        assertEquals(config, file.text(), "the download is the same config as get_config");

        ApiClient.Reply qr = visitor.get(url + "/qr.png");
        assertEquals(200, qr.status(), qr.toString());
        assertEquals("image/png", qr.contentType());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.bytes()));
        assertNotNull(image, "a PNG image");
        assertEquals(config, decodeQr(image), "the QR code holds the config");

        ApiClient.Reply adminQr = admin.get("/api/clients/sharer/qr.png");
        assertEquals(200, adminQr.status(), adminQr.toString());
        assertEquals(config, decodeQr(ImageIO.read(new ByteArrayInputStream(adminQr.bytes()))));
        ApiClient.Reply anonymousQr = visitor.get("/api/clients/sharer/qr.png");
        assertEquals(401, anonymousQr.status(), "the admin's QR route needs a bearer");
        assertEquals("UNAUTHENTICATED", anonymousQr.code());
        assertEquals(404, admin.get("/api/clients/nobody/qr.png").status());

        String newUrl = admin.ok("client", "share", "{\"name\":\"sharer\"}").path("share_url").asText();
        assertNotEquals(url, newUrl);
        assertEquals(404, visitor.get(url).status(), "sharing again revokes the previous link");
        assertEquals(200, visitor.get(newUrl).status());

        admin.ok("client", "unshare", "{\"name\":\"sharer\"}");
        for (String path : List.of(newUrl, newUrl + "/config", newUrl + "/qr.png")) {
            ApiClient.Reply gone = visitor.get(path);
            assertEquals(404, gone.status(), path + " -> " + gone);
            assertEquals("NOT_FOUND", gone.code());
        }
        assertTrue(Panel.client(admin, "sharer").path("share_url").isNull(), "no link after unshare");

        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]).replace('A', 'q');
        for (String path : List.of("/s/" + random, "/s/" + random + "/config", "/s/" + random + "/qr.png", "/s/short",
                "/s/" + "x".repeat(300))) {
            assertEquals(404, visitor.get(path).status(), path);
        }
        assertEquals(404, admin.manage("client", "share", "{\"name\":\"nobody\"}").status());
    }

    // ---------------------------------------------------------------- 7. metrics

    @Test
    void metricsNeedATokenAndCountTheClients() {
        for (String name : List.of("m1", "m2", "m3")) {
            assertEquals(200, admin.createClient(name).status());
        }
        admin.ok("client", "update", "{\"name\":\"m2\",\"status\":false}");
        admin.ok("api_token", "create_or_update", "{\"name\":\"scraper\",\"token\":\"" + API_TOKEN + "\"}");

        ApiClient.Reply anonymous = panel.anonymous().get("/metrics");
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertEquals("UNAUTHENTICATED", anonymous.code());
        assertEquals(401, new ApiClient(panel.port(), "NONE").get("/metrics").status());

        ApiClient.Reply scraped = new ApiClient(panel.port(), API_TOKEN).get("/metrics");
        assertEquals(200, scraped.status(), scraped.toString());
        assertTrue(scraped.contentType().startsWith("text/plain"), scraped.contentType());
        int clients = admin.get("/api/data").data().path("clients").size();
        assertEquals(3, clients);
        assertEquals(clients, sample(scraped.text(), "candypanel_clients_total"), scraped.text());
        assertEquals(2, sample(scraped.text(), "candypanel_clients_enabled"), scraped.text());
        assertFalse(scraped.text().contains(API_TOKEN));

        assertEquals(200, admin.get("/metrics").status(), "an admin session may read the metrics too");
    }

    @Test
    void publicMetricsNeedNoToken(@TempDir Path otherWork) throws Exception {
        try (Panel open = new Panel(otherWork, "--metrics-public", "true").start()) {
            ApiClient openAdmin = open.installAndLogin();
            assertEquals(200, openAdmin.createClient("p1").status());
            ApiClient.Reply scraped = open.anonymous().get("/metrics");
            assertEquals(200, scraped.status(), scraped.toString());
            assertEquals(1, sample(scraped.text(), "candypanel_clients_total"), scraped.text());
            assertEquals(401, open.anonymous().get("/api/data").status(), "only /metrics is opened");
        }
    }

    // ---------------------------------------------------------------- 8. audit

    @Test
    void theAuditLogListsChangesNewestFirstWithActorsAndNoSecrets() {
        String newPassword = "a-new-admin-password-42";
        List<String[]> expected = new ArrayList<>(); // actor, action, target; oldest first

        admin.ok("client", "create", "{\"name\":\"audited\",\"expires\":\"2027-06-01\",\"traffic\":0}");
        expected.add(new String[] {"admin:admin", "client.create", "audited"});
        panel.clock.advance(Duration.ofSeconds(1));
        admin.ok("setting", "update", "{\"key\":\"mtu\",\"value\":1400}");
        expected.add(new String[] {"admin:admin", "setting.update", "mtu"});
        panel.clock.advance(Duration.ofSeconds(1));
        admin.ok("setting", "update", "{\"key\":\"telegram_bot_token\",\"value\":\"" + BOT_TOKEN + "\"}");
        expected.add(new String[] {"admin:admin", "setting.update", "telegram_bot_token"});
        panel.clock.advance(Duration.ofSeconds(1));
        admin.ok("api_token", "create_or_update", "{\"name\":\"robot\",\"token\":\"" + API_TOKEN + "\"}");
        expected.add(new String[] {"admin:admin", "api_token.create_or_update", "robot"});
        panel.clock.advance(Duration.ofSeconds(1));
        ApiClient robot = new ApiClient(panel.port(), API_TOKEN);
        robot.ok("client", "update", "{\"name\":\"audited\",\"note\":\"edited by the robot\"}");
        expected.add(new String[] {"token:robot", "client.update", "audited"});
        panel.clock.advance(Duration.ofSeconds(1));
        robot.ok("client", "reset_traffic", "{\"name\":\"audited\"}");
        expected.add(new String[] {"token:robot", "client.reset_traffic", "audited"});
        panel.clock.advance(Duration.ofSeconds(1));
        ApiClient.Reply changed = admin.post("/api/auth", "{\"action\":\"change_password\",\"current_password\":\""
                + Panel.PASSWORD + "\",\"new_password\":\"" + newPassword + "\"}");
        assertEquals(200, changed.status(), changed.toString());
        expected.add(new String[] {"admin:admin", "auth.change_password", ""});
        panel.clock.advance(Duration.ofSeconds(1));
        robot.ok("client", "delete", "{\"name\":\"audited\"}");
        expected.add(new String[] {"token:robot", "client.delete", "audited"});
        // Refused and read-only calls leave no entry.
        assertEquals(400, admin.manage("client", "create", "{\"name\":\"bad name\",\"expires\":\"2027-06-01\",\"traffic\":0}").status());
        assertEquals(404, robot.manage("client", "delete", "{\"name\":\"audited\"}").status());
        assertEquals(400, admin.manage("setting", "update", "{\"key\":\"mtu\",\"value\":1}").status());
        admin.ok("backup", "list", "{}");
        admin.get("/api/data");

        ApiClient.Reply listed = admin.manage("audit", "list", "{}");
        assertEquals(200, listed.status(), listed.toString());
        JsonNode entries = listed.data().path("entries");
        assertEquals(expected.size(), listed.data().path("total").asLong(), listed.toString());
        assertEquals(expected.size(), entries.size(), listed.toString());
        Instant previous = Instant.MAX;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String[] want = expected.get(expected.size() - 1 - i);
            assertEquals(want[0], entry.path("actor").asText(), "actor of entry " + i + ": " + entry);
            assertEquals(want[1], entry.path("action").asText(), "action of entry " + i + ": " + entry);
            if (!want[2].isEmpty()) {
                assertEquals(want[2], entry.path("target").asText(), "target of entry " + i + ": " + entry);
            }
            Instant at = Instant.parse(entry.path("at").asText());
            assertTrue(at.isBefore(previous), "newest first: " + entries);
            previous = at;
        }
        assertEquals(Panel.START.plusSeconds(expected.size() - 1), Instant.parse(entries.get(0).path("at").asText()),
                "entries carry the panel clock's time");

        String all = listed.text();
        for (String secret : List.of(Panel.PASSWORD, newPassword, API_TOKEN, BOT_TOKEN, admin.token(), "ABCdefGHIjklMNOpqrSTUvwxYZ")) {
            assertFalse(all.contains(secret), "the audit log contains a secret: " + all);
        }

        JsonNode page2 = admin.ok("audit", "list", "{\"page\":2,\"size\":3}");
        assertEquals(3, page2.path("entries").size(), page2.toString());
        assertEquals(entries.get(3), page2.path("entries").get(0), "page 2 continues where page 1 of size 3 ends");
        assertEquals(expected.size(), page2.path("total").asLong());

        // Two changes within the same instant still list newest first.
        admin.ok("client", "create", "{\"name\":\"same-instant-1\",\"expires\":\"2027-06-01\",\"traffic\":0}");
        admin.ok("client", "create", "{\"name\":\"same-instant-2\",\"expires\":\"2027-06-01\",\"traffic\":0}");
        JsonNode newest = admin.ok("audit", "list", "{\"page\":1,\"size\":2}").path("entries");
        assertEquals("same-instant-2", newest.get(0).path("target").asText(), newest.toString());
        assertEquals("same-instant-1", newest.get(1).path("target").asText(), newest.toString());
    }

    // ---------------------------------------------------------------- 9. OpenAPI

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        ApiClient.Reply reply = panel.anonymous().get("/api/openapi.json");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonNode document = reply.body();
        assertTrue(document.path("openapi").asText().startsWith("3."), document.path("openapi").toString());
        JsonNode paths = document.path("paths");
        for (String path : List.of("/api/manage", "/api/auth", "/check", "/s/{token}", "/api/data", "/metrics",
                "/s/{token}/config", "/s/{token}/qr.png", "/api/clients/{name}/qr.png")) {
            assertTrue(paths.has(path), "documents " + path + ": " + paths.properties());
        }
    }

    // ---------------------------------------------------------------- helpers

    private String config(String name) {
        return admin.ok("client", "get_config", "{\"name\":\"" + name + "\"}").path("config").asText();
    }

    private String auditText() {
        ApiClient.Reply audit = admin.manage("audit", "list", "{\"page\":1,\"size\":500}");
        assertEquals(200, audit.status(), audit.toString());
        return audit.text();
    }

    private static JsonNode readJson(String text) {
        try {
            return ApiClient.JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** The value of an unlabelled sample in the Prometheus text format. */
    static long sample(String metrics, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.eE+-]+)$").matcher(metrics);
        assertTrue(matcher.find(), "no sample " + name + " in:\n" + metrics);
        return (long) Double.parseDouble(matcher.group(1));
    }

    /** Every file under {@code directory} (database, WAL, shared memory, backups) is free of {@code secret}. */
    static void assertNoFileContains(Path directory, String secret) throws Exception {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<Path> files;
        try (var walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("candypanel.db")), files.toString());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertFalse(indexOf(bytes, needle) >= 0, file + " contains the secret in clear");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // The image is generated, not photographed: read its modules directly (PURE_BARCODE), which
        // is exact, instead of the finder-pattern search that misreads some dense codes.
        return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                com.google.zxing.DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
