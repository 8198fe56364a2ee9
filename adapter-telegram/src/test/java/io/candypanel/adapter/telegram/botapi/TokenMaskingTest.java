package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.telegram.botapi.FakeBotApi.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The token is in every request URI; it must never reach an exception message, a cause or a log line. */
class TokenMaskingTest {
    private static final String TOKEN = FakeBotApi.TOKEN.value();
    private static final String SECRET = FakeBotApi.TOKEN.secret();

    @Test
    void connectionRefusedMentionsNoToken() throws IOException {
        TelegramBotApi api = new TelegramBotApi(BotApiConfig.at(refusingAddress(), FakeBotApi.TOKEN));

        TelegramUnavailableException e = assertThrows(TelegramUnavailableException.class, () -> api.sendMessage(1, "hi"));

        assertTrue(e.getMessage().startsWith("sendMessage could not reach the Bot API: java.net.ConnectException"),
                e.getMessage());
        assertNotNull(e.getCause(), "the masked cause keeps the details");
        assertTokenAbsent(fullStackTrace(e));
    }

    @Test
    void aTimeoutMentionsNoToken() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI base = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            TelegramBotApi api = new TelegramBotApi(new BotApiConfig(base, FakeBotApi.TOKEN, Duration.ofSeconds(2),
                    Duration.ofMillis(300)));

            TelegramUnavailableException e = assertThrows(TelegramUnavailableException.class,
                    () -> api.sendMessage(1, "hi"));

            assertTrue(e.getMessage().startsWith("sendMessage got no answer within"), e.getMessage());
            assertTokenAbsent(fullStackTrace(e));
        }
    }

    @Test
    void a404PageThatEchoesThePathMentionsNoToken() {
        try (FakeBotApi fake = FakeBotApi.start()) {
            fake.script("sendMessage", Reply.echoPathNotFound());
            TelegramBotApi api = new TelegramBotApi(fake.config());

            TelegramRequestRejectedException e = assertThrows(TelegramRequestRejectedException.class,
                    () -> api.sendMessage(1, "hi"));

            assertEquals(404, e.errorCode());
            assertTrue(e.getMessage().contains("Cannot POST /bot" + TokenMasker.MASK + "/sendMessage"), e.getMessage());
            assertTokenAbsent(fullStackTrace(e));
        }
    }

    @Test
    void thePollerLogsConnectionFailuresWithoutTheToken() throws Exception {
        TelegramBotApi api = new TelegramBotApi(BotApiConfig.at(refusingAddress(), FakeBotApi.TOKEN));
        RecordingSleeper sleeper = RecordingSleeper.instant();
        try (LogCapture logs = new LogCapture()) {
            TelegramPoller poller = new TelegramPoller(api, update -> { }, PollingConfig.DEFAULT,
                    new FakeClock(Instant.EPOCH), sleeper);
            poller.start();
            sleeper.awaitSleeps(3);
            poller.stop();

            String logged = logs.text();
            assertTrue(logged.contains("WARN Telegram getUpdates failed (failure 1 in a row), next poll in 1 s: "
                    + "getUpdates could not reach the Bot API: java.net.ConnectException"), logged);
            assertTrue(logged.contains("java.net.ConnectException"), "stack traces are logged at debug: " + logged);
            assertTokenAbsent(logged);
        }
    }

    @Test
    void thePollerLogsRejectionsWithoutTheToken() throws Exception {
        try (FakeBotApi fake = FakeBotApi.start(); LogCapture logs = new LogCapture()) {
            fake.script("getUpdates", Reply.echoPathNotFound());
            RecordingSleeper sleeper = RecordingSleeper.instant();
            TelegramPoller poller = new TelegramPoller(new TelegramBotApi(fake.config()), update -> { },
                    PollingConfig.DEFAULT, new FakeClock(Instant.EPOCH), sleeper);
            poller.start();
            sleeper.awaitSleeps(1);
            fake.awaitCalls("getUpdates", 2);
            poller.stop();

            String logged = logs.text();
            assertTrue(logged.contains("ERROR Telegram rejected getUpdates (failure 1 in a row)"), logged);
            assertTrue(logged.contains("Cannot POST /bot" + TokenMasker.MASK + "/getUpdates"), logged);
            assertTokenAbsent(logged);
        }
    }

    @Test
    void theTokenNeverShowsInToStringOrConfig() {
        assertEquals("BotToken[123456789:***]", FakeBotApi.TOKEN.toString());
        assertTokenAbsent(BotApiConfig.official(FakeBotApi.TOKEN).toString());
    }

    @Test
    void aMalformedTokenIsRejectedWithoutEchoingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BotToken("123456789:secret with space"));

        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void theMaskerAlsoCatchesAPercentEncodedColon() {
        TokenMasker masker = new TokenMasker(FakeBotApi.TOKEN);

        assertEquals("/bot123456789%3A" + TokenMasker.MASK + "/getMe",
                masker.mask("/bot123456789%3A" + SECRET + "/getMe"));
    }

    @Test
    void aSanitizedCauseChainKeepsClassesMessagesAndStackTraces() {
        IOException inner = new IOException("GET https://api.telegram.org/bot" + TOKEN + "/getMe failed");
        IllegalStateException outer = new IllegalStateException("wrapped " + TOKEN, inner);

        Throwable sanitized = new TokenMasker(FakeBotApi.TOKEN).sanitize(outer);

        assertEquals("java.lang.IllegalStateException: wrapped " + TokenMasker.MASK, sanitized.getMessage());
        assertEquals("java.io.IOException: GET https://api.telegram.org/bot" + TokenMasker.MASK + "/getMe failed",
                sanitized.getCause().getMessage());
        assertEquals(outer.getStackTrace().length, sanitized.getStackTrace().length);
        assertTokenAbsent(fullStackTrace(sanitized));
    }

    /** An address nobody listens on: a port the OS just handed out and that was closed again. */
    private static URI refusingAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static String fullStackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static void assertTokenAbsent(String text) {
        assertFalse(text.contains(TOKEN), () -> "token in: " + text);
        assertFalse(text.contains(SECRET), () -> "token secret in: " + text);
    }
}
