package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.candypanel.adapter.telegram.emulator.TelegramEmulator;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator.BotMessage;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator.Button;
import io.candypanel.adapter.telegram.emulator.TelegramEmulator.ChatUser;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The transport against a foreign Bot API implementation: the {@code telegram-test-api} 4.2.1
 * emulator (npm), started through {@link TelegramEmulator}. A tiny bot on {@link TelegramPoller} and
 * {@link TelegramBotApi} answers /start with an inline keyboard and edits the message when a button
 * is pressed; the test acts as the user through the emulator's client API and checks what the user
 * sees. The emulator has no long polling (getUpdates answers at once), which exercises the poller's
 * idle pause. It has no sendDocument/sendPhoto either; {@link TelegramBotApiTest} covers uploads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramEmulatorIT {
    private static final Duration AWAIT = Duration.ofSeconds(15);
    private static final Duration IDLE_POLL_INTERVAL = Duration.ofMillis(100);

    // One emulator for the class (PER_CLASS lifecycle, so no static state).
    private TelegramEmulator emulator;

    // A fresh bot per test.
    private BlockingQueue<Message> botSent;
    private BlockingQueue<CallbackQuery> callbacksHandled;
    private AtomicReference<Throwable> botFailure;
    private List<Duration> pollerWaits;
    private CountDownLatch pollerPaused;
    private TelegramPoller poller;

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
    void startBot() {
        botSent = new LinkedBlockingQueue<>();
        callbacksHandled = new LinkedBlockingQueue<>();
        botFailure = new AtomicReference<>();
        pollerWaits = new ArrayList<>();
        pollerPaused = new CountDownLatch(1);
        TelegramBotApi api = new TelegramBotApi(BotApiConfig.at(emulator.baseUrl(), new BotToken(emulator.botToken())));
        List<Duration> waits = pollerWaits;
        CountDownLatch paused = pollerPaused;
        Sleeper recordingSleeper = duration -> {
            synchronized (waits) {
                waits.add(duration);
            }
            paused.countDown();
            Sleeper.system().sleep(duration);
        };
        PollingConfig polling = PollingConfig.DEFAULT.withIdlePollInterval(IDLE_POLL_INTERVAL);
        poller = new TelegramPoller(api, update -> demoBot(api, update), polling, Clock.systemUTC(), recordingSleeper);
        poller.start();
    }

    @AfterEach
    void stopBot() {
        poller.stop();
    }

    @Test
    void startShowsAMenuAndAButtonPressEditsIt() throws Exception {
        ChatUser alice = ChatUser.named(4242, "Alice");

        emulator.sendCommand(alice.id(), alice, "/start");
        Message menu = awaitBot(botSent, "the menu after /start");

        BotMessage seen = emulator.awaitBotMessage(alice.id(), message -> true);
        assertEquals(menu.messageId(), seen.messageId());
        assertEquals("Welcome! Pick one:", seen.text());
        assertEquals(List.of(new Button("Get config", "cfg:1"), new Button("Help", "help")), seen.buttons());

        emulator.pressButton(alice.id(), alice, menu.messageId(), "cfg:1");
        CallbackQuery pressed = awaitBot(callbacksHandled, "the button press");

        assertEquals("cfg:1", pressed.data());
        assertEquals(4242, pressed.from().id());
        assertEquals(menu.messageId(), pressed.message().messageId());
        BotMessage edited = emulator.currentBotMessage(alice.id(), menu.messageId());
        assertEquals("You picked cfg:1", edited.text());
        assertEquals(List.of(new Button("Back", "menu")), edited.buttons());
        assertNoBotFailure();
    }

    @Test
    void aTextGetsAFormattedReply() throws Exception {
        ChatUser bob = ChatUser.named(5151, "Bob");

        emulator.sendText(bob.id(), bob, "hello");
        Message reply = awaitBot(botSent, "the reply to a text");

        BotMessage seen = emulator.awaitBotMessage(bob.id(), message -> true);
        assertEquals(reply.messageId(), seen.messageId());
        assertEquals("You said: <b>hello</b>", seen.text());
        assertEquals("HTML", seen.request().path("parse_mode").asText());
        assertTrue(seen.request().path("reply_to_message_id").asLong() > 0);
        assertNoBotFailure();
    }

    @Test
    void thePollerPacesItselfAgainstAServerWithoutLongPolling() throws Exception {
        assertTrue(pollerPaused.await(AWAIT.toMillis(), TimeUnit.MILLISECONDS),
                "the poller never paused after an empty answer: it would poll in a busy loop");
        ChatUser carol = ChatUser.named(6161, "Carol");
        emulator.sendText(carol.id(), carol, "ping");
        awaitBot(botSent, "a reply, proving the poller still polls");

        List<Duration> waits;
        synchronized (pollerWaits) {
            waits = List.copyOf(pollerWaits);
        }
        // Every empty answer came back at once, so each was followed by the rest of the idle interval.
        assertTrue(waits.stream().allMatch(wait -> wait.compareTo(IDLE_POLL_INTERVAL) <= 0 && !wait.isNegative()),
                () -> "unexpected waits " + waits);
        assertNoBotFailure();
    }

    /** The bot under test: /start gives a menu, a button edits it, any other text gets a quoted reply. */
    private void demoBot(TelegramBotApi api, Update update) {
        try {
            if (update.message() != null && "/start".equals(update.message().text())) {
                InlineKeyboardMarkup menu = InlineKeyboardMarkup.row(
                        InlineKeyboardButton.callback("Get config", "cfg:1"), InlineKeyboardButton.callback("Help", "help"));
                botSent.add(api.sendMessage(TextMessage.to(update.message().chat().id(), "Welcome! Pick one:")
                        .withKeyboard(menu)));
            } else if (update.message() != null && update.message().text() != null) {
                Message incoming = update.message();
                botSent.add(api.sendMessage(TextMessage.to(incoming.chat().id(), "You said: <b>" + incoming.text() + "</b>")
                        .withParseMode(ParseMode.HTML).replyingTo(incoming.messageId())));
            } else if (update.callbackQuery() != null) {
                CallbackQuery query = update.callbackQuery();
                api.answerCallbackQuery(query.id(), "Preparing " + query.data(), false);
                api.editMessageText(TextEdit.of(query.message().chat().id(), query.message().messageId(),
                        "You picked " + query.data()).withKeyboard(
                        InlineKeyboardMarkup.row(InlineKeyboardButton.callback("Back", "menu"))));
                callbacksHandled.add(query);
            }
        } catch (RuntimeException e) {
            botFailure.compareAndSet(null, e);
            throw e;
        }
    }

    private <T> T awaitBot(BlockingQueue<T> queue, String what) throws InterruptedException {
        T item = queue.poll(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (item == null) {
            assertNoBotFailure();
            fail("The bot did not handle " + what + " within " + AWAIT);
        }
        return item;
    }

    private void assertNoBotFailure() {
        Throwable failure = botFailure.get();
        if (failure != null) {
            throw new AssertionError("The bot failed while handling an update", failure);
        }
    }
}
