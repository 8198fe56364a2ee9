package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole selling flow over HTTP, as an external bot drives it: register, price, order, the admin
 * approves, and the buyer's license is a working config for the client the approval created, which the
 * account status then describes. A second purchase extends the same client.
 */
class SellingFlowIT {
    private static final String API_TOKEN = "selling-flow-token-0123456789abcdefghij";
    private static final long ADMIN = 42_000_001L;
    private static final long BUYER = 7_000_123L;

    @TempDir
    Path work;
    private Panel panel;
    private ApiClient admin;
    private ApiClient bot;

    @BeforeEach
    void start() throws Exception {
        panel = new Panel(work).start();
        admin = panel.installAndLogin();
        admin.ok("api_token", "create_or_update", "{\"name\":\"shop\",\"token\":\"" + API_TOKEN + "\"}");
        admin.ok("setting", "update", "{\"key\":\"telegram_bot_admin_id\",\"value\":\"" + ADMIN + "\"}");
        admin.ok("setting", "update", "{\"key\":\"prices\",\"value\":\"{\\\"1GB\\\": 4000, \\\"1Month\\\": 75000}\"}");
        bot = new ApiClient(panel.port(), API_TOKEN);
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    private JsonNode call(String path, String json) {
        ApiClient.Reply reply = bot.post(path, json);
        assertEquals(200, reply.status(), path + " " + reply);
        assertTrue(reply.success(), reply.toString());
        return reply.data();
    }

    @Test
    void aBuyerPaysTheAdminApprovesAndTheLicenseWorksForTheCreatedClient() throws Exception {
        call("/bot_api/user/register", "{\"telegram_id\":" + BUYER + "}");
        JsonNode price = call("/bot_api/user/calculate_price",
                "{\"telegram_id\":" + BUYER + ",\"purchase_type\":\"custom\",\"time_quantity\":2,\"traffic_quantity\":20}");
        assertEquals(0, new BigDecimal("230000").compareTo(price.path("calculated_amount").decimalValue()), price.toString());
        call("/bot_api/user/submit_transaction", "{\"telegram_id\":" + BUYER + ",\"order_id\":\"BANK-REF-77\","
                + "\"card_number_sent\":\"6219-8610-0000-4321\",\"purchase_type\":\"custom\",\"time_quantity\":2,\"traffic_quantity\":20}");
        JsonNode pending = call("/bot_api/admin/get_transactions", "{\"telegram_id\":" + ADMIN + "}").path("transactions");
        assertEquals("BANK-REF-77", pending.get(0).path("order_id").asText());
        assertEquals(0, new BigDecimal("230000").compareTo(pending.get(0).path("amount").decimalValue()));

        panel.clock.advance(Duration.ofHours(1));
        Instant approvedAt = panel.clock.instant();
        JsonNode approved = call("/bot_api/admin/approve_transaction",
                "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"BANK-REF-77\",\"admin_note\":\"seen on the statement\"}");
        String name = approved.path("client_name").asText();
        assertEquals("tguser_" + BUYER, name);

        String license = call("/bot_api/user/get_license", "{\"telegram_id\":" + BUYER + "}").path("config").asText();
        assertEquals(approved.path("client_config").asText(), license);
        Map<String, String> config = parse(license);
        JsonNode client = Panel.client(admin, name);
        JsonNode wg0 = admin.get("/api/data").data().path("interfaces").get(0);
        assertEquals(client.path("public_key").asText(), WgKeyGenerator.publicKeyOf(new WgKey(config.get("PrivateKey"))).base64(),
                "the license's private key belongs to the client");
        assertEquals(client.path("address").asText() + "/32", config.get("Address"));
        assertEquals(wg0.path("public_key").asText(), config.get("PublicKey"), "the peer is the server");
        assertEquals("203.0.113.10:" + wg0.path("port").asText(), config.get("Endpoint"));
        String server = Files.readString(panel.wgDir().resolve("wg0.conf"));
        assertTrue(server.contains("PublicKey = " + client.path("public_key").asText()), server);
        assertTrue(server.contains("PresharedKey = " + config.get("PresharedKey")), "both ends share the preshared key");
        assertTrue(server.contains("AllowedIPs = " + client.path("address").asText() + "/32"), server);

        JsonNode status = call("/bot_api/user/account_status", "{\"telegram_id\":" + BUYER + "}");
        assertEquals("active", status.path("status").asText());
        assertEquals(name, status.path("candy_client_name").asText());
        assertEquals(20, status.path("traffic_bought_gb").asDouble(), 0.0001);
        assertEquals(60, status.path("time_bought_days").asLong());
        assertEquals(20L << 30, status.path("traffic_limit_bytes").asLong());
        assertEquals(client.path("traffic").asLong(), status.path("traffic_limit_bytes").asLong());
        assertEquals(0, status.path("used_traffic_bytes").asLong());
        assertEquals(approvedAt.plus(Duration.ofDays(60)), Instant.parse(status.path("expires").asText()));
        assertTrue(status.path("client_enabled").asBoolean());

        // A second, GB-only purchase adds its GB on top of the same client and keeps its (still valid) expiry.
        call("/bot_api/user/submit_transaction", "{\"telegram_id\":" + BUYER + ",\"order_id\":\"BANK-REF-78\","
                + "\"card_number_sent\":\"6219-8610-0000-4321\",\"purchase_type\":\"gb\",\"quantity\":5}");
        JsonNode extended = call("/bot_api/admin/approve_transaction", "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"BANK-REF-78\"}");
        assertEquals(name, extended.path("client_name").asText());
        JsonNode after = call("/bot_api/user/account_status", "{\"telegram_id\":" + BUYER + "}");
        assertEquals(25L << 30, after.path("traffic_limit_bytes").asLong());
        assertEquals(25, after.path("traffic_bought_gb").asDouble(), 0.0001);
        assertEquals(approvedAt.plus(Duration.ofDays(60)), Instant.parse(after.path("expires").asText()));
        assertEquals(1, admin.get("/api/data").data().path("clients").size(), "still one client");
        assertEquals(license, call("/bot_api/user/get_license", "{\"telegram_id\":" + BUYER + "}").path("config").asText(),
                "the keys did not change");
    }

    /** The {@code key = value} lines of a wg-quick config (each key appears once in a single-peer config). */
    private static Map<String, String> parse(String config) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : config.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return values;
    }
}
