package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.emulator.TelegramEmulator;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator.BotMessage;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator.ChatUser;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole bot, through its public constructor, against the third-party emulator {@code telegram-test-api}:
 * /start → language → menu → buy by GB → order → the admin presses Approve → the buyer receives the config
 * text. The emulator refuses sendDocument and sendPhoto (HTTP 500), so this also shows that the text still
 * arrives when the uploads fail. The panel is the in-memory {@link FakeCore}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramBotEmulatorIT {
    private static final ChatUser BUYER = ChatUser.named(4242, "Alice");
    private static final ChatUser ADMIN = ChatUser.named(BotHarness.ADMIN, "Admin");

    private TelegramEmulator emulator;
    private FakeCore core;
    private TelegramBot bot;

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

    @BeforeEach
    void startBot() throws Exception {
        core = new FakeCore(Clock.systemUTC());
        core.setAdmin(ADMIN.id());
        bot = new TelegramBot(core.useCases(), emulator.baseUrl(), Clock.systemUTC());
        core.notifyThrough(bot);
        bot.settingsChanged(Settings.defaults()
                .with(SettingKey.TELEGRAM_BOT_TOKEN, emulator.botToken())
                .with(SettingKey.TELEGRAM_BOT_STATUS, "1")
                .with(SettingKey.TELEGRAM_BOT_ADMIN_ID, Long.toString(ADMIN.id())));
        bot.awaitSettled(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopBot() {
        bot.close();
    }

    @Test
    void aBuyerBuysByGbTheAdminApprovesAndTheBuyerGetsTheConfig() {
        emulator.sendCommand(BUYER.id(), BUYER, "/start");
        BotMessage welcome = emulator.awaitBotMessage(BUYER.id(), message -> message.hasButton("lang:en"));
        assertTrue(welcome.text().startsWith("👋 Hello Alice!"), welcome.text());

        emulator.pressButton(BUYER.id(), BUYER, welcome.messageId(), "lang:en");
        emulator.awaitEditedBotMessage(BUYER.id(), welcome.messageId(), message -> message.hasButton("menu:buy"));
        emulator.pressButton(BUYER.id(), BUYER, welcome.messageId(), "menu:buy");
        BotMessage options = emulator.awaitEditedBotMessage(BUYER.id(), welcome.messageId(), message -> message.hasButton("buy:gb"));
        assertTrue(options.text().contains(FakeCore.CARD_NUMBER), options.text());
        emulator.pressButton(BUYER.id(), BUYER, welcome.messageId(), "buy:gb");
        emulator.awaitEditedBotMessage(BUYER.id(), welcome.messageId(), message -> message.text().startsWith("📦 How many GB"));

        emulator.sendText(BUYER.id(), BUYER, "5");
        BotMessage summary = emulator.awaitBotMessage(BUYER.id(), message -> message.hasButton("order:paid"));
        assertTrue(summary.text().contains("<b>5 GB</b> for <b>20,000</b> Toman"), summary.text());
        emulator.sendCommand(BUYER.id(), BUYER, "/bought E2E-1");
        emulator.awaitBotMessage(BUYER.id(), message -> message.text().startsWith("✅ Your order <code>E2E-1</code>"));

        BotMessage card = emulator.awaitBotMessage(ADMIN.id(), message -> message.hasButton("approve:E2E-1"));
        emulator.pressButton(ADMIN.id(), ADMIN, card.messageId(), "approve:E2E-1");
        // (Telegram drops the buttons of a message edited without a keyboard; the emulator keeps them.)
        emulator.awaitEditedBotMessage(ADMIN.id(), card.messageId(), message -> message.text().endsWith("✅ <b>Approved</b>"));

        BotMessage delivered = emulator.awaitBotMessage(BUYER.id(), message -> message.text().contains("Your purchase has been approved"));
        Client client = core.client("tguser_4242").orElseThrow();
        assertTrue(delivered.text().contains("<pre>" + Html.escape(FakeCore.configOf(client)) + "</pre>"), delivered.text());
        assertEquals(Purchase.gb(5), core.order("E2E-1").orElseThrow().purchase());
    }

    @Test
    void aSupportRequestAndTheAdminsReply() {
        emulator.sendText(BUYER.id(), BUYER, "/support the connection drops");
        emulator.awaitBotMessage(BUYER.id(), message -> message.text().startsWith("✅ Your message has been sent"));
        BotMessage request = emulator.awaitBotMessage(ADMIN.id(), message -> message.text().contains("the connection drops"));
        assertTrue(request.text().endsWith("#id4242"), request.text());

        emulator.replyTo(ADMIN.id(), ADMIN, request, "Please update the app");
        BotMessage answer = emulator.awaitBotMessage(BUYER.id(), message -> message.text().contains("Please update the app"));
        assertEquals("💬 <b>Answer from support:</b>\n\nPlease update the app", answer.text());
        assertEquals(List.of(), answer.buttons());
    }
}
