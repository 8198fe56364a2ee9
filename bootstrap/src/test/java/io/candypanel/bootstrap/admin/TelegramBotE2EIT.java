package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator.BotMessage;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator.ChatUser;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole panel with its Telegram bot against the third-party Bot API emulator {@code telegram-test-api}
 * (started by the test; Node.js and npm must be on the PATH): the admin switches the bot on through the
 * settings API, a buyer goes /start → language → menu → buy by GB → order, the admin presses Approve, and
 * the buyer receives the config text of the client the approval created in the real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramBotE2EIT {
    private static final ChatUser BUYER = ChatUser.named(4242, "Alice");
    private static final ChatUser ADMIN = ChatUser.named(777_000_111L, "Admin");
    private static final Pattern PRIVATE_KEY = Pattern.compile("PrivateKey = ([A-Za-z0-9+/]{43}=)");

    @TempDir
    Path work;
    private TelegramEmulator emulator;
    private Panel panel;

    @BeforeAll
    void startEmulator() {
        emulator = TelegramEmulator.start();
    }

    @AfterAll
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @AfterEach
    void stopPanel() {
        if (panel != null) {
            panel.close();
        }
    }

    @Test
    void aBuyerBuysThroughTheBotAndTheAdminApprovesWithAButton() throws Exception {
        panel = new Panel(work, "--telegram-api-url", emulator.baseUrl().toString()).start();
        ApiClient admin = panel.installAndLogin();
        admin.ok("setting", "update", "{\"key\":\"prices\",\"value\":\"{\\\"1GB\\\": 4000, \\\"1Month\\\": 75000}\"}");
        admin.ok("setting", "update", "{\"key\":\"admin_card_number\",\"value\":\"6037-9911-0000-1234\"}");
        admin.ok("setting", "update", "{\"key\":\"telegram_bot_admin_id\",\"value\":\"" + ADMIN.id() + "\"}");
        admin.ok("setting", "update", "{\"key\":\"telegram_bot_token\",\"value\":\"" + emulator.botToken() + "\"}");
        assertFalse(admin.get("/api/data").text().contains(emulator.botToken()), "the token is never shown again");
        admin.ok("setting", "update", "{\"key\":\"telegram_bot_status\",\"value\":\"1\"}");

        emulator.sendCommand(BUYER.id(), BUYER, "/start");
        BotMessage welcome = emulator.awaitBotMessage(BUYER.id(), message -> message.hasButton("lang:en"));
        emulator.pressButton(BUYER.id(), BUYER, welcome.messageId(), "lang:en");
        emulator.awaitEditedBotMessage(BUYER.id(), welcome.messageId(), message -> message.hasButton("menu:buy"));
        emulator.pressButton(BUYER.id(), BUYER, welcome.messageId(), "menu:buy");
        BotMessage options = emulator.awaitEditedBotMessage(BUYER.id(), welcome.messageId(), message -> message.hasButton("buy:gb"));
        assertTrue(options.text().contains("6037-9911-0000-1234"), options.text());
        emulator.pressButton(BUYER.id(), BUYER, welcome.messageId(), "buy:gb");
        emulator.awaitEditedBotMessage(BUYER.id(), welcome.messageId(), message -> message.text().contains("How many GB"));

        emulator.sendText(BUYER.id(), BUYER, "5");
        BotMessage summary = emulator.awaitBotMessage(BUYER.id(), message -> message.hasButton("order:paid"));
        assertTrue(summary.text().contains("20,000"), "the price comes from the panel's prices: " + summary.text());
        emulator.sendCommand(BUYER.id(), BUYER, "/bought BANK-REF-1");
        emulator.awaitBotMessage(BUYER.id(), message -> message.text().contains("BANK-REF-1"));

        ApiClient.Reply pending = admin.post("/bot_api/admin/get_transactions", "{\"telegram_id\":" + ADMIN.id() + "}");
        assertEquals("BANK-REF-1", pending.data().path("transactions").get(0).path("order_id").asText(), pending.toString());

        BotMessage card = emulator.awaitBotMessage(ADMIN.id(), message -> message.hasButton("approve:BANK-REF-1"));
        emulator.pressButton(ADMIN.id(), ADMIN, card.messageId(), "approve:BANK-REF-1");

        BotMessage delivered = emulator.awaitBotMessage(BUYER.id(), message -> message.text().contains("[Interface]"));
        JsonNode client = Panel.client(admin, "tguser_" + BUYER.id());
        Matcher key = PRIVATE_KEY.matcher(delivered.text());
        assertTrue(key.find(), delivered.text());
        assertEquals(client.path("public_key").asText(), WgKeyGenerator.publicKeyOf(new WgKey(key.group(1))).base64(),
                "the buyer received the keys of the client the approval created");
        assertEquals(String.valueOf(5L << 30), client.path("traffic").asText());
        assertTrue(Files.readString(panel.wgDir().resolve("wg0.conf")).contains(client.path("public_key").asText()));

        JsonNode account = admin.post("/bot_api/user/account_status", "{\"telegram_id\":" + BUYER.id() + "}").data();
        assertEquals("tguser_" + BUYER.id(), account.path("candy_client_name").asText());
        assertEquals(5, account.path("traffic_bought_gb").asDouble(), 0.0001);
        ApiClient.Reply approved = admin.post("/bot_api/admin/get_transactions",
                "{\"telegram_id\":" + ADMIN.id() + ",\"status_filter\":\"approved\"}");
        assertEquals(1, approved.data().path("total").asLong(), approved.toString());
    }
}
