package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The transport against a foreign Bot API implementation: the {@code telegram-test-api} 4.2.1
 * emulator (npm), started as a node process. A tiny bot on {@link TelegramPoller} and
 * {@link TelegramBotApi} answers /start with an inline keyboard and edits the message when a button
 * is pressed; the test acts as the user through the emulator's client API and checks what the user
 * sees. The emulator has no long polling (getUpdates answers at once), which exercises the poller's
 * idle pause. It has no sendDocument/sendPhoto either; {@link TelegramBotApiTest} covers uploads.
 *
 * <p>Needs {@code node} and {@code npm} on PATH; {@code npm ci} installs the pinned emulator into
 * {@code target/telegram-emulator} (the npm registry must be reachable the first time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramEmulatorIT {
    /** The emulator accepts any token; this one has the real shape. */
    private static final BotToken TOKEN = new BotToken("123456:ABC-def_ghi");
    private static final Duration AWAIT = Duration.ofSeconds(15);
    private static final Duration IDLE_POLL_INTERVAL = Duration.ofMillis(100);

    private final ObjectMapper mapper = new ObjectMapper();

    // One emulator for the class (PER_CLASS lifecycle, so no static state).
    private Process emulator;
    private Thread killOnExit;
    private URI baseUrl;

    // A fresh bot per test.
    private BlockingQueue<Message> botSent;
    private BlockingQueue<CallbackQuery> callbacksHandled;
    private AtomicReference<Throwable> botFailure;
    private List<Duration> pollerWaits;
    private CountDownLatch pollerPaused;
    private TelegramPoller poller;

    @BeforeAll
    void startEmulator() throws Exception {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path source = module.resolve("src/test/emulator");
        Path work = module.resolve("target/telegram-emulator");
        Files.createDirectories(work);
        for (String file : List.of("package.json", "package-lock.json", "server.js")) {
            Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        String nodeVersion = requireTool(work, "node", "--version");
        requireTool(work, "npm", "--version");
        installEmulator(work);

        int port = freePort();
        emulator = new ProcessBuilder("node", "server.js", Integer.toString(port), "127.0.0.1")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        killOnExit = new Thread(this::killEmulator, "kill-telegram-emulator");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        awaitListening(emulator, work.resolve("emulator.log"), nodeVersion);
        baseUrl = URI.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    void stopEmulator() {
        killEmulator();
        if (killOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or about to; nothing left to undo.
            }
        }
    }

    @BeforeEach
    void startBot() {
        botSent = new LinkedBlockingQueue<>();
        callbacksHandled = new LinkedBlockingQueue<>();
        botFailure = new AtomicReference<>();
        pollerWaits = new ArrayList<>();
        pollerPaused = new CountDownLatch(1);
        TelegramBotApi api = new TelegramBotApi(BotApiConfig.at(baseUrl, TOKEN));
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
        EmulatorUser alice = new EmulatorUser(baseUrl, mapper, 4242, "Alice");

        alice.sendCommand("/start");
        Message menu = awaitBot(botSent, "the menu after /start");

        JsonNode seen = onlyItem(alice.unreadBotMessages());
        assertEquals(menu.messageId(), seen.get("messageId").asLong());
        assertEquals("Welcome! Pick one:", seen.at("/message/text").asText());
        JsonNode firstButton = seen.at("/message/reply_markup/inline_keyboard/0/0");
        assertEquals("Get config", firstButton.get("text").asText());
        assertEquals("Help", seen.at("/message/reply_markup/inline_keyboard/0/1/text").asText());

        alice.press(menu.messageId(), firstButton.get("callback_data").asText());
        CallbackQuery pressed = awaitBot(callbacksHandled, "the button press");

        assertEquals("cfg:1", pressed.data());
        assertEquals(4242, pressed.from().id());
        assertEquals(menu.messageId(), pressed.message().messageId());
        JsonNode edited = alice.botMessageInHistory(menu.messageId());
        assertEquals("You picked cfg:1", edited.at("/message/text").asText());
        assertEquals("Back", edited.at("/message/reply_markup/inline_keyboard/0/0/text").asText());
        assertEquals("menu", edited.at("/message/reply_markup/inline_keyboard/0/0/callback_data").asText());
        assertNoBotFailure();
    }

    @Test
    void aTextGetsAFormattedReplyQuotingIt() throws Exception {
        EmulatorUser bob = new EmulatorUser(baseUrl, mapper, 5151, "Bob");

        bob.sendMessage("hello");
        Message reply = awaitBot(botSent, "the reply to a text");

        JsonNode seen = onlyItem(bob.unreadBotMessages());
        assertEquals(reply.messageId(), seen.get("messageId").asLong());
        assertEquals("You said: <b>hello</b>", seen.at("/message/text").asText());
        assertEquals("HTML", seen.at("/message/parse_mode").asText());
        assertTrue(seen.at("/message/reply_to_message_id").asLong() > 0);
        assertNoBotFailure();
    }

    @Test
    void thePollerPacesItselfAgainstAServerWithoutLongPolling() throws Exception {
        assertTrue(pollerPaused.await(AWAIT.toMillis(), TimeUnit.MILLISECONDS),
                "the poller never paused after an empty answer: it would poll in a busy loop");
        EmulatorUser carol = new EmulatorUser(baseUrl, mapper, 6161, "Carol");
        carol.sendMessage("ping");
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

    private static JsonNode onlyItem(JsonNode items) {
        assertEquals(1, items.size(), () -> "expected one bot message, got " + items);
        return items.get(0);
    }

    // ---- the emulator process ----

    private static String requireTool(Path work, String tool, String versionFlag) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(tool, versionFlag).directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return fail("'" + tool + " " + versionFlag + "' failed: " + output);
            }
            return output;
        } catch (IOException e) {
            return fail("TelegramEmulatorIT needs Node.js 18+ with npm on PATH (Debian: apt-get install nodejs npm); '"
                    + tool + "' could not be started: " + e.getMessage());
        }
    }

    /** {@code npm ci} from the committed lock file, skipped when that exact lock file is already installed. */
    private static void installEmulator(Path work) throws IOException, InterruptedException {
        Path lock = work.resolve("package-lock.json");
        Path installedLock = work.resolve("node_modules/.candypanel-installed-package-lock.json");
        if (Files.exists(installedLock) && Arrays.equals(Files.readAllBytes(lock), Files.readAllBytes(installedLock))) {
            return;
        }
        Path log = work.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=warn")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!npm.waitFor(5, TimeUnit.MINUTES)) {
            npm.destroyForcibly();
            fail("npm ci did not finish within 5 minutes; see " + log);
        }
        if (npm.exitValue() != 0) {
            fail("npm ci failed with exit code " + npm.exitValue() + " (is the npm registry reachable?):\n"
                    + Files.readString(log));
        }
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Copies the emulator's output to {@code log} on a reader thread (which also keeps the pipe from
     * filling up) and returns once server.js printed its "listening on" line.
     */
    private void awaitListening(Process process, Path log, String nodeVersion) throws Exception {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); Writer file = Files.newBufferedWriter(log)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    file.write(line + "\n");
                    file.flush();
                    if (line.contains("telegram-test-api listening on")) {
                        listening.complete(null);
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IllegalStateException("the emulator exited"));
        }, "telegram-emulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            listening.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            killEmulator();
            fail("The telegram-test-api emulator (node " + nodeVersion + ") did not start: " + e.getMessage()
                    + "\nOutput:\n" + output);
        }
    }

    private void killEmulator() {
        Process process = emulator;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            // server.js stops on SIGTERM, but http-shutdown waits for idle keep-alive connections first.
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * A Telegram user as the emulator's client API sees them: everything is a JSON POST naming the
     * bot's token; the private chat's id is the user's id.
     */
    private static final class EmulatorUser {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI baseUrl;
        private final ObjectMapper mapper;
        private final long id;
        private final String firstName;

        EmulatorUser(URI baseUrl, ObjectMapper mapper, long id, String firstName) {
            this.baseUrl = baseUrl;
            this.mapper = mapper;
            this.id = id;
            this.firstName = firstName;
        }

        void sendCommand(String command) throws Exception {
            ObjectNode message = message(command);
            // The emulator's process dies (unhandled assertion) when a command has no entities.
            message.putArray("entities").addObject().put("offset", 0).put("length", command.length())
                    .put("type", "bot_command");
            post("/sendCommand", message);
        }

        void sendMessage(String text) throws Exception {
            post("/sendMessage", message(text));
        }

        /** Presses a button; the emulator does not link the press to the message, so it is named here. */
        void press(long botMessageId, String callbackData) throws Exception {
            ObjectNode callback = mapper.createObjectNode().put("botToken", TOKEN.value()).put("data", callbackData);
            callback.set("from", from());
            ObjectNode message = callback.putObject("message").put("message_id", botMessageId)
                    .put("date", Instant.now().getEpochSecond()).put("text", "Welcome! Pick one:");
            message.set("chat", chat());
            post("/sendCallback", callback);
        }

        /** The bot's messages to this user not fetched before (the emulator marks them read). */
        JsonNode unreadBotMessages() throws Exception {
            return post("/getUpdates", mapper.createObjectNode().put("token", TOKEN.value()).put("chatId", id))
                    .get("result");
        }

        /** A bot message as stored now; the only way to see an edit in the emulator. */
        JsonNode botMessageInHistory(long messageId) throws Exception {
            JsonNode history = post("/getUpdatesHistory", mapper.createObjectNode().put("token", TOKEN.value()))
                    .get("result");
            for (JsonNode item : history) {
                if (item.path("messageId").asLong() == messageId && item.at("/message/chat_id").asLong() == id) {
                    return item;
                }
            }
            return fail("No bot message " + messageId + " for chat " + id + " in " + history);
        }

        private ObjectNode message(String text) {
            ObjectNode message = mapper.createObjectNode().put("botToken", TOKEN.value())
                    .put("date", Instant.now().getEpochSecond()).put("text", text);
            message.set("from", from());
            message.set("chat", chat());
            return message;
        }

        private ObjectNode from() {
            return mapper.createObjectNode().put("id", id).put("is_bot", false).put("first_name", firstName)
                    .put("language_code", "en");
        }

        private ObjectNode chat() {
            return mapper.createObjectNode().put("id", id).put("type", "private").put("first_name", firstName);
        }

        private JsonNode post(String path, ObjectNode body) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), () -> path + " answered "
                    + new String(response.body(), StandardCharsets.UTF_8));
            JsonNode json = mapper.readTree(response.body());
            assertNotNull(json.get("ok"), () -> path + " answered " + json);
            return json;
        }
    }
}
