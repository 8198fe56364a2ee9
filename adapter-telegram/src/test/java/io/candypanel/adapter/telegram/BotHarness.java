package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.botapi.BotToken;
import io.candypanel.adapter.telegram.botapi.FakeBotApi;
import io.candypanel.adapter.telegram.botapi.PollingConfig;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link TelegramBot} driven for real over HTTP: the {@link FakeBotApi} on loopback plays Telegram,
 * a {@link FakeCore} plays the panel, a {@link MutableClock} and {@link TestSleeper} make time. Tests act
 * as users through {@link #chat(long)} and wait for what the bot sends with a deadline, never a sleep.
 */
final class BotHarness implements AutoCloseable {
    static final long ADMIN = 900;
    static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    private static final Set<String> OUTPUT = Set.of("sendMessage", "editMessageText", "sendDocument", "sendPhoto");

    final FakeBotApi api = FakeBotApi.start();
    final MutableClock clock = new MutableClock(START);
    final TestSleeper sleeper = new TestSleeper(clock);
    final FakeCore core = new FakeCore(clock);
    /** Calls a test has already looked at; only the test thread touches it. */
    private final Set<RecordedCall> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
    private TelegramBot bot;

    BotHarness() {
        core.setAdmin(ADMIN);
        bot = newBot();
    }

    /** A harness whose bot is already running with {@link FakeBotApi#TOKEN}. */
    static BotHarness started() {
        BotHarness harness = new BotHarness();
        harness.turnOn(FakeBotApi.TOKEN);
        return harness;
    }

    TelegramBot bot() {
        return bot;
    }

    TelegramBot newBot() {
        TelegramBot created = new TelegramBot(core.useCases(), api.baseUrl(), clock,
                new TelegramBotOptions(PollingConfig.DEFAULT.withTimeoutSeconds(5), sleeper, 25, Duration.ofSeconds(5)));
        core.notifyThrough(created);
        return created;
    }

    static Settings settings(boolean on, BotToken token) {
        return Settings.defaults()
                .with(SettingKey.TELEGRAM_BOT_TOKEN, token.value())
                .with(SettingKey.TELEGRAM_BOT_STATUS, on ? "1" : "0")
                .with(SettingKey.TELEGRAM_BOT_ADMIN_ID, Long.toString(ADMIN));
    }

    void turnOn(BotToken token) {
        bot.settingsChanged(settings(true, token));
        settle();
        assertTrue(bot.isRunning(), "the bot did not start");
    }

    void turnOff() {
        bot.settingsChanged(settings(false, FakeBotApi.TOKEN));
        settle();
    }

    /** Waits until the bot's starts and stops asked for so far are done. */
    void settle() {
        try {
            bot.awaitSettled(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the bot's control thread did not settle", e);
        }
    }

    /** The bot process ends and a new one starts on the same panel (the same conversation store). */
    void restartBot() {
        bot.close();
        bot = newBot();
        turnOn(FakeBotApi.TOKEN);
    }

    Chat chat(long userId) {
        return new Chat(userId);
    }

    Chat admin() {
        return chat(ADMIN);
    }

    @Override
    public void close() {
        bot.close();
        api.close();
    }

    /** One user's private chat with the bot. */
    final class Chat {
        final long id;

        private Chat(long id) {
            this.id = id;
        }

        void send(String text) {
            api.queueUserMessage(id, text);
        }

        /** Presses the button with {@code data} on the latest bot message in this chat that has it. */
        void press(String data) {
            long messageId = api.allCalls().stream()
                    .filter(call -> isOutputTo(call) && call.buttonData().contains(data))
                    .reduce((first, second) -> second)
                    .map(RecordedCall::messageId)
                    .orElse(1L);
            api.queueCallback(id, messageId, data);
        }

        /** The oldest bot output to this chat not looked at yet (a text, an edit, a file, a photo). */
        RecordedCall next() {
            RecordedCall call = api.awaitMatching(candidate -> isOutputTo(candidate) && !consumed.contains(candidate), 1,
                    FakeBotApi.AWAIT, "bot output to chat " + id).get(0);
            consumed.add(call);
            return call;
        }

        /** The oldest unseen bot output to this chat that matches, whatever came before it. */
        RecordedCall await(String description, Predicate<RecordedCall> matching) {
            RecordedCall call = api.awaitMatching(candidate -> isOutputTo(candidate) && !consumed.contains(candidate)
                    && matching.test(candidate), 1, FakeBotApi.AWAIT, description + " to chat " + id).get(0);
            consumed.add(call);
            return call;
        }

        /** The oldest unseen bot text (message or edit) to this chat containing {@code fragment}. */
        RecordedCall awaitText(String fragment) {
            return await("a text containing '" + fragment + "'", call -> call.text().contains(fragment)
                    && (call.method().equals("sendMessage") || call.method().equals("editMessageText")));
        }

        RecordedCall awaitMethod(String method) {
            return await(method, call -> call.method().equals(method));
        }

        /** Every bot output to this chat so far. */
        List<RecordedCall> outputs() {
            return api.allCalls().stream().filter(this::isOutputTo).toList();
        }

        private boolean isOutputTo(RecordedCall call) {
            return OUTPUT.contains(call.method()) && call.chatId() == id;
        }
    }
}
