package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.BotHarness.Chat;
import io.candypanel.adapter.telegram.botapi.FakeBotApi.Reply;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.domain.botuser.TelegramId;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Broadcasts go out on the bot's own thread, at most 25 a second (waited on the injected clock, not in
 * real time), count users who blocked the bot as failed, and report to the admin; 429 answers are
 * waited out and retried, for broadcasts and replies alike.
 */
class BroadcastTest {
    /** 1 s / 25 messages. */
    private static final Duration SPACING = Duration.ofMillis(40);

    private final BotHarness harness = BotHarness.started();
    private final Chat admin = harness.admin();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void usersWhoBlockedTheBotCountAsFailedAndTheAdminGetsTheCounts() {
        register(101, 105);
        harness.core.useCases().registerBotUser().register(new RegisterBotUserCommand(new TelegramId(106)));
        harness.core.user(106).orElseThrow().ban();
        harness.api.scriptFor("sendMessage", 102, Reply.blockedByUser());
        harness.api.scriptFor("sendMessage", 104, Reply.blockedByUser());

        admin.send("/broadcast Hello <all>\n\nNew servers are online.");
        // The admin is a user too: 101-105 and the admin, not the banned 106.
        assertEquals("📢 Sending to 6 users. I will report here when it is done.", admin.awaitText("Sending to").text());
        assertEquals("📢 Broadcast finished: delivered 4, failed 2.", admin.awaitText("Broadcast finished").text());

        for (long user : List.of(101L, 103L, 105L)) {
            assertEquals("📢 <b>Message from the admin</b>\n\nHello &lt;all&gt;\n\nNew servers are online.",
                    harness.chat(user).next().text());
        }
        assertEquals(List.of(), harness.chat(106).outputs());
        // Six sends, spaced evenly: five waits of 1/25 s on the bot's clock.
        assertEquals(Collections.nCopies(5, SPACING), harness.sleeper.sleeps());
    }

    @Test
    void aLargeBroadcastIsPacedAt25MessagesPerSecond() {
        register(1001, 1059);
        admin.send("/broadcast maintenance tonight");
        admin.awaitText("Broadcast finished: delivered 60, failed 0.");

        List<Duration> waits = harness.sleeper.sleeps();
        assertEquals(Collections.nCopies(59, SPACING), waits);
        Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(Duration.ofMillis(2360)) == 0, "60 messages take 59 spacings: " + total);
    }

    @Test
    void theBroadcastButtonTakesTheNextText() {
        register(101, 101);
        admin.send("/adminlogin");
        admin.next();
        admin.press("admin:broadcast");
        assertEquals("📢 Send the message for all users:", admin.awaitText("Send the message").text());
        admin.send("line one\nline two");
        admin.awaitText("Broadcast finished: delivered 2, failed 0.");
        assertEquals("📢 <b>Message from the admin</b>\n\nline one\nline two", harness.chat(101).next().text());
    }

    @Test
    void aRateLimitedRecipientIsRetriedAfterTelegramsWait() {
        register(101, 103);
        harness.api.scriptFor("sendMessage", 102, Reply.rateLimited(3));
        admin.send("/broadcast hi");
        admin.awaitText("Broadcast finished: delivered 4, failed 0.");

        assertEquals(2, harness.api.calls("sendMessage").stream().filter(call -> call.chatId() == 102).count());
        assertTrue(harness.sleeper.sleeps().contains(Duration.ofSeconds(3)), harness.sleeper.sleeps().toString());
    }

    @Test
    void aRateLimitedReplyIsSentAfterTheWait() {
        harness.api.scriptFor("sendMessage", 100, Reply.rateLimited(7));
        Chat alice = harness.chat(100);
        alice.send("/start");

        RecordedCall refused = alice.next();
        RecordedCall retried = alice.next();
        assertEquals(refused.text(), retried.text());
        assertTrue(retried.text().startsWith("👋 Hello Alice!"));
        assertEquals(List.of(Duration.ofSeconds(7)), harness.sleeper.sleeps());
    }

    @Test
    void afterThreeRateLimitsTheReplyIsGivenUpAndTheBotCarriesOn() {
        harness.api.scriptFor("sendMessage", 100, Reply.rateLimited(1), Reply.rateLimited(2), Reply.rateLimited(4));
        Chat alice = harness.chat(100);
        alice.send("/start");
        alice.next();
        alice.next();
        alice.next();
        alice.send("/start");
        assertTrue(alice.next().text().startsWith("👋 Hello Alice!"));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), harness.sleeper.sleeps());
    }

    @Test
    void nobodyToSendTo() {
        admin.send("/menu");
        admin.next();
        harness.core.user(BotHarness.ADMIN).orElseThrow().ban();
        admin.send("/broadcast anyone?");
        assertEquals("Nobody to send to: there are no active users yet.", admin.next().text());
        admin.send("/broadcast");
        assertEquals("Usage: <code>/broadcast your message</code>", admin.next().text());
    }

    private void register(long first, long last) {
        for (long id = first; id <= last; id++) {
            harness.core.useCases().registerBotUser().register(new RegisterBotUserCommand(new TelegramId(id)));
        }
    }
}
