package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code /bot_api} endpoint against the whole panel: real SQLite file, real Undertow on loopback,
 * config files written in config-only mode. The caller is an external bot holding an API token.
 */
class BotApiIT {
    private static final String API_TOKEN = "bot-api-token-0123456789abcdefghijklmnop";
    private static final long ADMIN = 987654321L;
    private static final long USER = 123456789L;

    @TempDir
    Path work;
    private Panel panel;
    private ApiClient admin;
    private ApiClient bot;

    @BeforeEach
    void start() throws Exception {
        panel = new Panel(work).start();
        admin = panel.installAndLogin();
        admin.ok("api_token", "create_or_update", "{\"name\":\"bot\",\"token\":\"" + API_TOKEN + "\"}");
        admin.ok("setting", "update", "{\"key\":\"telegram_bot_admin_id\",\"value\":\"" + ADMIN + "\"}");
        admin.ok("setting", "update", "{\"key\":\"admin_card_number\",\"value\":\"6037-9911-0000-1234\"}");
        admin.ok("setting", "update", "{\"key\":\"prices\",\"value\":\"{\\\"1GB\\\": 4000, \\\"1Month\\\": 75000}\"}");
        bot = new ApiClient(panel.port(), API_TOKEN);
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    private ApiClient.Reply user(String action, String json) {
        return bot.post("/bot_api/user/" + action, json);
    }

    private ApiClient.Reply adminCall(String action, String json) {
        return bot.post("/bot_api/admin/" + action, json);
    }

    private static JsonNode ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.success(), reply.toString());
        return reply.data();
    }

    private static void refused(int status, String code, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertFalse(reply.success(), reply.toString());
        if (code != null) {
            assertEquals(code, reply.code(), reply.toString());
        }
    }

    private void registered(long telegramId) {
        ok(user("register", "{\"telegram_id\":" + telegramId + "}"));
    }

    private void submitted(long telegramId, String orderId, String plan) {
        ok(user("submit_transaction", "{\"telegram_id\":" + telegramId + ",\"order_id\":\"" + orderId
                + "\",\"card_number_sent\":\"paid from 6219-xxxx\"," + plan + "}"));
    }

    @Test
    void everyBotCallNeedsATokenOrASessionAndAdminCallsTheAdminsId() {
        ApiClient anonymous = panel.anonymous();
        refused(401, "UNAUTHENTICATED", anonymous.post("/bot_api/user/register", "{\"telegram_id\":" + USER + "}"));
        refused(401, "UNAUTHENTICATED", anonymous.post("/bot_api/admin/get_all_users", "{\"telegram_id\":" + ADMIN + "}"));
        refused(401, "UNAUTHENTICATED", new ApiClient(panel.port(), "not-a-token-" + "x".repeat(30))
                .post("/bot_api/user/register", "{\"telegram_id\":" + USER + "}"));
        assertEquals(0, ok(adminCall("get_all_users", "{\"telegram_id\":" + ADMIN + "}")).path("users").size(),
                "the refused register stored nobody");

        registered(USER);
        ok(admin.post("/bot_api/user/register", "{\"telegram_id\":555}"));

        refused(403, "NOT_BOT_ADMIN", adminCall("get_all_users", "{\"telegram_id\":" + USER + "}"));
        refused(403, "NOT_BOT_ADMIN", admin.post("/bot_api/admin/get_all_users", "{\"telegram_id\":" + USER + "}"));
        refused(403, "NOT_BOT_ADMIN", adminCall("manage_user",
                "{\"admin_telegram_id\":" + USER + ",\"target_telegram_id\":" + USER + ",\"action\":\"ban\"}"));
        assertEquals("active", ok(user("account_status", "{\"telegram_id\":" + USER + "}")).path("status").asText(),
                "the refused ban changed nothing");
        assertEquals(2, ok(adminCall("get_all_users", "{\"telegram_id\":" + ADMIN + "}")).path("users").size());
        assertEquals(2, ok(admin.post("/bot_api/admin/get_all_users", "{\"telegram_id\":" + ADMIN + "}")).path("users").size());

        admin.ok("setting", "update", "{\"key\":\"telegram_bot_admin_id\",\"value\":\"0\"}");
        refused(403, "NOT_BOT_ADMIN", adminCall("get_all_users", "{\"telegram_id\":" + ADMIN + "}"));
        JsonNode check = ok(adminCall("check_admin", "{\"telegram_id\":" + ADMIN + "}"));
        assertFalse(check.path("is_admin").asBoolean());
        assertEquals("0", check.path("admin_telegram_id").asText());
    }

    @Test
    void registrationLanguageAndPurchaseOptions() {
        JsonNode first = ok(user("register", "{\"telegram_id\":" + USER + "}"));
        assertTrue(first.path("registered").asBoolean());
        assertEquals("en", first.path("language").asText());
        ApiClient.Reply again = user("register", "{\"telegram_id\":" + USER + "}");
        assertEquals("User already registered.", again.message());

        assertEquals("fa", ok(user("set_language", "{\"telegram_id\":" + USER + ",\"language\":\"fa\"}")).path("language").asText());
        assertEquals("fa", ok(user("register", "{\"telegram_id\":" + USER + "}")).path("language").asText(),
                "the language is stored");
        refused(400, null, user("set_language", "{\"telegram_id\":" + USER + ",\"language\":\"de\"}"));
        refused(404, null, user("set_language", "{\"telegram_id\":777,\"language\":\"en\"}"));
        refused(400, null, user("register", "{\"telegram_id\":\"abc\"}"));
        refused(400, null, user("register", "{}"));

        JsonNode options = ok(user("initiate_purchase", "{\"telegram_id\":" + USER + "}"));
        assertEquals("6037-9911-0000-1234", options.path("admin_card_number").asText());
        assertEquals(0, new BigDecimal("4000").compareTo(options.path("prices").path("1GB").decimalValue()), options.toString());
        assertEquals(0, new BigDecimal("75000").compareTo(options.path("prices").path("1Month").decimalValue()), options.toString());
        refused(404, null, user("initiate_purchase", "{\"telegram_id\":777}"));
    }

    @Test
    void pricesAreComputedByTheServerAndOrdersAreStoredOnce() {
        registered(USER);
        assertAmount("40000", ok(user("calculate_price",
                "{\"telegram_id\":" + USER + ",\"purchase_type\":\"gb\",\"quantity\":10}")));
        assertAmount("150000", ok(user("calculate_price",
                "{\"telegram_id\":" + USER + ",\"purchase_type\":\"month\",\"quantity\":2}")));
        assertAmount("87000", ok(user("calculate_price",
                "{\"telegram_id\":" + USER + ",\"purchase_type\":\"custom\",\"time_quantity\":1,\"traffic_quantity\":3}")));
        refused(400, null, user("calculate_price", "{\"telegram_id\":" + USER + ",\"purchase_type\":\"gb\",\"quantity\":1.5}"));
        refused(400, null, user("calculate_price", "{\"telegram_id\":" + USER + ",\"purchase_type\":\"gb\",\"quantity\":-1}"));
        refused(400, null, user("calculate_price", "{\"telegram_id\":" + USER + ",\"purchase_type\":\"year\",\"quantity\":1}"));
        refused(400, null, user("calculate_price",
                "{\"telegram_id\":" + USER + ",\"purchase_type\":\"custom\",\"time_quantity\":0,\"traffic_quantity\":0}"));

        JsonNode quote = ok(user("buy_traffic_request", "{\"telegram_id\":" + USER + ",\"purchase_type\":\"gb\",\"quantity\":5}"));
        assertAmount("20000", quote);
        assertEquals("6037-9911-0000-1234", quote.path("admin_card_number").asText());
        assertTrue(quote.path("prices").has("1GB"), quote.toString());
        assertEquals(0, ok(adminCall("get_transactions", "{\"telegram_id\":" + ADMIN + ",\"status_filter\":\"all\"}"))
                .path("total").asLong(), "a quote stores no order");

        JsonNode submitted = ok(user("submit_transaction", "{\"telegram_id\":" + USER + ",\"order_id\":\"REF-1\","
                + "\"card_number_sent\":\"6219-1111\",\"purchase_type\":\"gb\",\"quantity\":10,\"amount\":1}"));
        assertEquals("REF-1", submitted.path("order_id").asText());
        assertEquals("pending", submitted.path("status").asText());
        assertEquals(0, new BigDecimal("40000").compareTo(submitted.path("amount").decimalValue()), "the caller's amount is ignored");
        refused(409, "ORDER_ID_TAKEN", user("submit_transaction", "{\"telegram_id\":" + USER + ",\"order_id\":\"REF-1\","
                + "\"card_number_sent\":\"6219-1111\",\"purchase_type\":\"gb\",\"quantity\":1}"));
        panel.clock.advance(Duration.ofSeconds(1));
        JsonNode viaCombined = ok(user("buy_traffic_request", "{\"telegram_id\":" + USER + ",\"order_id\":\"REF-2\","
                + "\"card_number_sent\":\"6219-1111\",\"purchase_type\":\"month\",\"quantity\":1}"));
        assertEquals("pending", viaCombined.path("status").asText());
        refused(400, null, user("buy_traffic_request", "{\"telegram_id\":" + USER + ",\"order_id\":\"REF-3\","
                + "\"purchase_type\":\"month\",\"quantity\":1}"));
        refused(404, null, user("submit_transaction", "{\"telegram_id\":777,\"order_id\":\"REF-4\","
                + "\"card_number_sent\":\"x\",\"purchase_type\":\"gb\",\"quantity\":1}"));

        JsonNode pending = ok(adminCall("get_transactions", "{\"telegram_id\":" + ADMIN + "}"));
        assertEquals(2, pending.path("total").asLong());
        assertEquals("REF-2", pending.path("transactions").get(0).path("order_id").asText(), "newest first");
        JsonNode ref1 = pending.path("transactions").get(1);
        assertEquals(USER, ref1.path("telegram_id").asLong());
        assertEquals("gb", ref1.path("purchase_type").asText());
        assertEquals(10, ref1.path("quantity").asLong());
        assertEquals("6219-1111", ref1.path("card_number_sent").asText());
        assertTrue(ref1.path("approved_at").isNull(), ref1.toString());
        JsonNode page = ok(adminCall("get_transactions", "{\"telegram_id\":" + ADMIN + ",\"status_filter\":\"all\",\"offset\":1,\"limit\":1}"));
        assertEquals(1, page.path("transactions").size());
        assertEquals(2, page.path("total").asLong());
        assertEquals("REF-1", page.path("transactions").get(0).path("order_id").asText());
        refused(400, null, adminCall("get_transactions", "{\"telegram_id\":" + ADMIN + ",\"status_filter\":\"done\"}"));
        refused(400, null, adminCall("get_transactions", "{\"telegram_id\":" + ADMIN + ",\"limit\":501}"));
    }

    private static void assertAmount(String expected, JsonNode data) {
        assertEquals(0, new BigDecimal(expected).compareTo(data.path("calculated_amount").decimalValue()), data.toString());
    }

    @Test
    void approvalCreatesTheClientRejectionCreatesNothingAndNeitherHappensTwice() throws Exception {
        registered(USER);
        submitted(USER, "ORD-1", "\"purchase_type\":\"gb\",\"quantity\":10");
        submitted(USER, "ORD-2", "\"purchase_type\":\"month\",\"quantity\":1");

        refused(404, "NO_ACTIVE_LICENSE", user("get_license", "{\"telegram_id\":" + USER + "}"));
        ApiClient.Reply approvedReply = adminCall("approve_transaction",
                "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"ORD-1\",\"admin_note\":\"paid\"}");
        JsonNode approved = ok(approvedReply);
        assertEquals("Transaction ORD-1 approved. Client 'tguser_" + USER + "' created in CandyPanel.", approvedReply.message());
        assertEquals("tguser_" + USER, approved.path("client_name").asText());
        assertEquals(USER, approved.path("telegram_id").asLong());
        assertTrue(approved.path("client_config").asText().contains("[Interface]"));
        JsonNode client = Panel.client(admin, "tguser_" + USER);
        assertEquals(String.valueOf(10L << 30), client.path("traffic").asText());
        assertTrue(Files.readString(panel.wgDir().resolve("wg0.conf")).contains(client.path("public_key").asText()),
                "the peer is in the server config");
        refused(409, "TRANSACTION_NOT_PENDING", adminCall("approve_transaction",
                "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"ORD-1\"}"));
        refused(404, null, adminCall("approve_transaction", "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"NOPE\"}"));

        ApiClient.Reply rejected = adminCall("reject_transaction",
                "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"ORD-2\",\"admin_note\":\"no payment seen\"}");
        assertEquals(USER, ok(rejected).path("telegram_id").asLong());
        refused(409, "TRANSACTION_NOT_PENDING", adminCall("approve_transaction",
                "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"ORD-2\"}"));
        JsonNode all = ok(adminCall("get_transactions", "{\"telegram_id\":" + ADMIN + ",\"status_filter\":\"all\"}"));
        assertEquals(2, all.path("total").asLong());
        JsonNode rejectedRow = ok(adminCall("get_transactions", "{\"telegram_id\":" + ADMIN + ",\"status_filter\":\"rejected\"}"))
                .path("transactions").get(0);
        assertEquals("no payment seen", rejectedRow.path("admin_note").asText());
        assertFalse(rejectedRow.path("approved_at").isNull(), "the decision time is recorded");
        assertEquals(1, admin.get("/api/data").data().path("clients").size(), "the rejection created nothing");

        JsonNode audit = admin.ok("audit", "list", "{}").path("entries");
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.path("action").asText()));
        assertTrue(actions.contains("bot.approve_transaction"), actions.toString());
        assertTrue(actions.contains("bot.reject_transaction"), actions.toString());
        assertFalse(audit.toString().contains("PrivateKey"), "no config in the audit log");
    }

    @Test
    void ofConcurrentApprovalsOfOneOrderExactlyOneWins() throws Exception {
        registered(USER);
        submitted(USER, "RACE-1", "\"purchase_type\":\"gb\",\"quantity\":1");
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return adminCall("approve_transaction", "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"RACE-1\"}");
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<ApiClient.Reply> reply : replies) {
                ApiClient.Reply answer = reply.get();
                if (answer.status() == 200) {
                    won++;
                } else {
                    refused(409, "TRANSACTION_NOT_PENDING", answer);
                }
            }
            assertEquals(1, won, "exactly one approval wins");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, admin.get("/api/data").data().path("clients").size());
        JsonNode account = ok(user("account_status", "{\"telegram_id\":" + USER + "}"));
        assertEquals(1, account.path("traffic_bought_gb").asDouble(), 0.0001, "the purchase is counted once");
        assertEquals(String.valueOf(1L << 30), Panel.client(admin, "tguser_" + USER).path("traffic").asText());
    }

    @Test
    void theAdminManagesUsersAndTheirClients() throws Exception {
        registered(USER);
        submitted(USER, "ORD-1", "\"purchase_type\":\"gb\",\"quantity\":10");
        ok(adminCall("approve_transaction", "{\"telegram_id\":" + ADMIN + ",\"order_id\":\"ORD-1\"}"));
        String name = "tguser_" + USER;
        Path wg0 = panel.wgDir().resolve("wg0.conf");
        String publicKey = Panel.client(admin, name).path("public_key").asText();

        ApiClient.Reply banned = adminCall("manage_user",
                "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":" + USER + ",\"action\":\"ban\"}");
        assertEquals("User " + USER + " has been banned.", banned.message());
        assertEquals("banned", ok(banned).path("status").asText());
        assertEquals("banned", Panel.client(admin, name).path("disabled_reason").asText());
        assertFalse(Files.readString(wg0).contains(publicKey), "a banned user's peer is removed");
        refused(409, "USER_BANNED", user("get_license", "{\"telegram_id\":" + USER + "}"));
        refused(409, "USER_BANNED", user("calculate_price", "{\"telegram_id\":" + USER + ",\"purchase_type\":\"gb\",\"quantity\":1}"));

        ok(adminCall("manage_user", "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":" + USER + ",\"action\":\"unban\"}"));
        assertTrue(Panel.client(admin, name).path("status").asBoolean());
        assertTrue(Files.readString(wg0).contains(publicKey), "the peer is back");

        JsonNode traffic = ok(adminCall("manage_user", "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":" + USER
                + ",\"action\":\"update_traffic\",\"value\":2.5}"));
        assertEquals(2.5, traffic.path("traffic_bought_gb").asDouble(), 0.0001);
        assertEquals(String.valueOf((5L << 30) / 2), Panel.client(admin, name).path("traffic").asText());

        JsonNode time = ok(adminCall("manage_user", "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":" + USER
                + ",\"action\":\"update_time\",\"value\":10}"));
        assertEquals(10, time.path("time_bought_days").asLong());
        Instant expires = Instant.parse(ok(user("account_status", "{\"telegram_id\":" + USER + "}")).path("expires").asText());
        assertEquals(Panel.START.plus(Duration.ofDays(10)), expires);

        refused(400, null, adminCall("manage_user", "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":" + USER
                + ",\"action\":\"update_time\"}"));
        refused(400, null, adminCall("manage_user", "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":" + USER
                + ",\"action\":\"delete\"}"));
        refused(404, null, adminCall("manage_user", "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":777,\"action\":\"ban\"}"));
    }

    @Test
    void supportBroadcastAndServerControl() {
        registered(USER);
        panel.clock.advance(Duration.ofSeconds(1));
        registered(555);
        JsonNode support = ok(user("call_support", "{\"telegram_id\":" + USER + ",\"message\":\"My internet is very slow.\"}"));
        assertEquals(String.valueOf(ADMIN), support.path("admin_telegram_id").asText());
        assertEquals("Support request from User " + USER + " (ID: " + USER + "):\n\nMy internet is very slow.",
                support.path("support_message").asText());
        assertFalse(support.path("delivered").asBoolean(), "no bot is connected in this panel");
        refused(400, null, user("call_support", "{\"telegram_id\":" + USER + ",\"message\":\"   \"}"));

        ok(adminCall("manage_user", "{\"admin_telegram_id\":" + ADMIN + ",\"target_telegram_id\":555,\"action\":\"ban\"}"));
        JsonNode broadcast = ok(adminCall("send_message_to_all", "{\"telegram_id\":" + ADMIN + ",\"message\":\"Maintenance at 2 AM.\"}"));
        assertEquals("[" + USER + "]", broadcast.path("target_user_ids").toString(), "banned users are skipped");
        assertEquals("Maintenance at 2 AM.", broadcast.path("message").asText());
        assertFalse(broadcast.path("queued").asBoolean());

        JsonNode checked = ok(adminCall("check_admin", "{\"telegram_id\":" + ADMIN + "}"));
        assertTrue(checked.path("is_admin").asBoolean());
        assertFalse(ok(adminCall("check_admin", "{\"telegram_id\":" + USER + "}")).path("is_admin").asBoolean());

        JsonNode users = ok(adminCall("get_all_users", "{\"telegram_id\":" + ADMIN + "}")).path("users");
        assertEquals(2, users.size());
        assertEquals(USER, users.get(0).path("telegram_id").asLong());
        assertEquals("active", users.get(0).path("status").asText());
        assertEquals("banned", users.get(1).path("status").asText());

        ApiClient.Reply created = adminCall("server_control", "{\"admin_telegram_id\":" + ADMIN + ",\"resource\":\"client\","
                + "\"action\":\"create\",\"data\":{\"name\":\"from-bot\",\"expires\":\"2027-06-01T00:00:00Z\",\"traffic\":0}}");
        ok(created);
        assertTrue(Panel.hasClient(admin, "from-bot"));
        refused(409, "CLIENT_NAME_TAKEN", adminCall("server_control", "{\"admin_telegram_id\":" + ADMIN + ",\"resource\":\"client\","
                + "\"action\":\"create\",\"data\":{\"name\":\"from-bot\",\"expires\":\"2027-06-01T00:00:00Z\",\"traffic\":0}}"));
        refused(403, "NOT_BOT_ADMIN", adminCall("server_control", "{\"admin_telegram_id\":" + USER + ",\"resource\":\"client\","
                + "\"action\":\"delete\",\"data\":{\"name\":\"from-bot\"}}"));
        assertTrue(Panel.hasClient(admin, "from-bot"), "the refused delete changed nothing");
        JsonNode audit = admin.ok("audit", "list", "{}").path("entries");
        assertTrue(audit.toString().contains("client.create"), audit.toString());
        assertTrue(audit.toString().contains("bot.send_message_to_all"), audit.toString());
    }
}
