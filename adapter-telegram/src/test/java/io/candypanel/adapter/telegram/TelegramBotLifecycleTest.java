package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.botapi.FakeBotApi;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bot follows the settings: on, off, a new token; and its notifications say whether anyone was told. */
class TelegramBotLifecycleTest {
    private final BotHarness harness = new BotHarness();
    private final TelegramBot bot = harness.bot();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void whileStoppedEveryNotificationAnswersFalse() {
        assertFalse(bot.isRunning());
        assertNothingIsTaken();
        bot.settingsChanged(BotHarness.settings(false, FakeBotApi.TOKEN));
        harness.settle();
        assertFalse(bot.isRunning());
        assertNothingIsTaken();
        assertEquals(List.of(), harness.api.allCalls(), "a stopped bot does not call Telegram");
    }

    @Test
    void statusOneWithATokenStartsPollingAndNotificationsAreQueued() {
        harness.turnOn(FakeBotApi.TOKEN);
        harness.api.awaitCalls("getUpdates", 1);
        assertTrue(bot.orderPlaced(order()));
        assertTrue(bot.supportRequested(new TelegramId(100), Optional.empty(), new ChatText("help")));
        assertTrue(bot.broadcast(List.of(new TelegramId(100)), new ChatText("hello")));
        assertTrue(bot.remind(new TelegramId(100), reminder()));
        harness.admin().awaitText("New payment request");
    }

    @Test
    void statusZeroStopsTheBot() {
        harness.turnOn(FakeBotApi.TOKEN);
        harness.turnOff();
        assertFalse(bot.isRunning());
        assertNothingIsTaken();

        long update = harness.api.queueUserMessage(100, "/start");
        // Nothing handles it while the bot is off: it stays unconfirmed, and the bot answers it once on again.
        assertTrue(harness.api.pendingUpdateIds().contains(update));
        harness.turnOn(FakeBotApi.TOKEN);
        assertTrue(harness.chat(100).next().text().startsWith("👋 Hello"));
    }

    @Test
    void aNewTokenRestartsTheBotWithIt() {
        harness.turnOn(FakeBotApi.TOKEN);
        harness.api.awaitCalls("getUpdates", 1);
        harness.turnOn(FakeBotApi.OTHER_TOKEN);
        harness.api.awaitMatching(call -> call.method().equals("getUpdates") && call.token().equals(FakeBotApi.OTHER_TOKEN.value()),
                1, FakeBotApi.AWAIT, "a poll with the new token");

        harness.api.queueUserMessage(100, "/start");
        RecordedCall welcome = harness.chat(100).next();
        assertEquals(FakeBotApi.OTHER_TOKEN.value(), welcome.token());

        // The same settings again change nothing.
        long pollsWithNewToken = countGetUpdates(FakeBotApi.OTHER_TOKEN.value());
        long pollsWithOldToken = countGetUpdates(FakeBotApi.TOKEN.value());
        harness.turnOn(FakeBotApi.OTHER_TOKEN);
        assertTrue(bot.isRunning());
        assertEquals(pollsWithOldToken, countGetUpdates(FakeBotApi.TOKEN.value()), "the old bot stays stopped");
        assertTrue(countGetUpdates(FakeBotApi.OTHER_TOKEN.value()) >= pollsWithNewToken);
    }

    @Test
    void withoutAValidTokenTheBotStaysOff() {
        bot.settingsChanged(Settings.defaults().with(SettingKey.TELEGRAM_BOT_STATUS, "1"));
        harness.settle();
        assertFalse(bot.isRunning());

        bot.settingsChanged(Settings.defaults().with(SettingKey.TELEGRAM_BOT_STATUS, "1")
                .with(SettingKey.TELEGRAM_BOT_TOKEN, FakeBotApi.TOKEN.value()));
        harness.settle();
        assertTrue(bot.isRunning());
        // Without an admin id, orders and support requests have nobody to go to.
        assertFalse(bot.orderPlaced(order()));
        assertFalse(bot.supportRequested(new TelegramId(100), Optional.empty(), new ChatText("help")));
        assertTrue(bot.remind(new TelegramId(100), reminder()));
    }

    @Test
    void closeStopsEverythingAndIsIdempotent() {
        harness.turnOn(FakeBotApi.TOKEN);
        bot.close();
        bot.close();
        assertFalse(bot.isRunning());
        assertNothingIsTaken();
        // Later settings changes are ignored without an exception.
        bot.settingsChanged(BotHarness.settings(true, FakeBotApi.TOKEN));
        assertFalse(bot.isRunning());
    }

    @Test
    void settingsChangedNeverThrows() {
        bot.settingsChanged(null);
        assertFalse(bot.isRunning());
    }

    @Test
    void aBaseUrlThatIsNoHttpUrlIsRefusedAtWiring() {
        assertThrows(IllegalArgumentException.class,
                () -> new TelegramBot(harness.core.useCases(), URI.create("ftp://example.org"), harness.clock));
        assertThrows(IllegalArgumentException.class,
                () -> new TelegramBot(harness.core.useCases(), URI.create("api.telegram.org"), harness.clock));
    }

    private long countGetUpdates(String token) {
        return harness.api.calls("getUpdates").stream().filter(call -> call.token().equals(token)).count();
    }

    private void assertNothingIsTaken() {
        Client client = client();
        assertFalse(bot.orderPlaced(order()));
        assertFalse(bot.orderApproved(order(), client, "config"));
        assertFalse(bot.orderRejected(order()));
        assertFalse(bot.supportRequested(new TelegramId(100), Optional.empty(), new ChatText("help")));
        assertFalse(bot.broadcast(List.of(new TelegramId(100)), new ChatText("hello")));
        assertFalse(bot.remind(new TelegramId(100), reminder()));
    }

    private Reminder reminder() {
        return new Reminder(Reminder.Kind.EXPIRES_SOON, client(), Optional.empty());
    }

    private Client client() {
        return harness.core.newClient("alice", BotHarness.START.plus(Duration.ofDays(2)), new Quota(1L << 30));
    }

    private static Transaction order() {
        return Transaction.create(new OrderId("ORD-1"), new TelegramId(100), Purchase.gb(1),
                PriceList.parse("{\"1GB\": 4000}"), new CardText("Alice"), BotHarness.START);
    }
}
