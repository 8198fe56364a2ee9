package io.candypanel.adapter.telegram.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The third-party Bot API emulator {@code telegram-test-api} 4.2.1 (npm) as a test fixture: {@link #start()}
 * copies the launcher ({@code telegram-emulator/} on the test class path) to
 * {@code <module>/target/telegram-emulator}, runs {@code npm ci} there (skipped when that lock file is
 * already installed), starts {@code node server.js} on a free loopback port and waits until it listens.
 * The bot under test talks to {@link #baseUrl()} with {@link #botToken()}; the test acts as the users with
 * {@link #sendText}, {@link #sendCommand} and {@link #pressButton} and reads what the bot sent with
 * {@link #botMessages} and {@link #awaitBotMessage}.
 *
 * <p>The emulator's limits (see {@code testing-real-components.md} part A): no long polling, no
 * sendDocument/sendPhoto (HTTP 500), edits visible only through its history, messages purged after
 * 60 s. Needs {@code node} 18+ and {@code npm} on PATH; the npm registry must be reachable the first time.
 *
 * <p>Public and in the module's test-jar, so that {@code bootstrap}'s end-to-end test starts it the same
 * way. One instance per test class; {@link #close()} stops the node process.
 */
public final class TelegramEmulator implements AutoCloseable {
    /**
     * Any token works with the emulator; this one has BotFather's shape with a secret long enough for the
     * panel's {@code telegram_bot_token} setting, so an end-to-end test can store it.
     */
    public static final String DEFAULT_TOKEN = "123456:ABCdef-ghi_JKLmno-pqr_STUvwx";
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "server.js");
    private static final String RESOURCE_DIRECTORY = "/telegram-emulator/";
    /** The emulator cannot push; this is how often the user side asks it. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Process process;
    private final Thread killOnExit;
    private final URI baseUrl;
    private final String token;
    /** Every bot message read so far, per chat: the emulator hands each out once. Guarded by this. */
    private final Map<Long, List<BotMessage>> seen = new HashMap<>();
    /** Message ids already returned by {@link #awaitBotMessage}, per chat. Guarded by this. */
    private final Map<Long, Set<Long>> awaited = new HashMap<>();

    private TelegramEmulator(Process process, Thread killOnExit, URI baseUrl, String token) {
        this.process = process;
        this.killOnExit = killOnExit;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A Telegram user as the test plays them; in a private chat the chat id is the user's id. */
    public record ChatUser(long id, String firstName, String username, String languageCode) {
        public ChatUser {
            Objects.requireNonNull(firstName, "firstName");
        }

        public static ChatUser named(long id, String firstName) {
            return new ChatUser(id, firstName, null, "en");
        }
    }

    /**
     * One message the bot sent, as the emulator stored it.
     *
     * @param messageId the id to press its buttons with
     * @param text      the text as sent (Telegram HTML is not rendered by the emulator)
     * @param buttons   every inline button, as label and callback data, in reading order
     * @param request   the bot's sendMessage parameters as the emulator stored them (parse_mode, reply_to_message_id ...)
     */
    public record BotMessage(long chatId, long messageId, String text, List<Button> buttons, JsonNode request) {
        public BotMessage {
            buttons = List.copyOf(buttons);
        }

        /** The callback data of the first button whose data equals {@code data} or starts with {@code data + ":"}. */
        public Optional<String> buttonData(String data) {
            return buttons.stream().map(Button::callbackData)
                    .filter(candidate -> candidate.equals(data) || candidate.startsWith(data + ":"))
                    .findFirst();
        }

        public boolean hasButton(String callbackData) {
            return buttons.stream().anyMatch(button -> button.callbackData().equals(callbackData));
        }
    }

    public record Button(String label, String callbackData) {
    }

    /** Starts an emulator in {@code <module>/target/telegram-emulator} with {@link #DEFAULT_TOKEN}. */
    public static TelegramEmulator start() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        return start(DEFAULT_TOKEN, module.resolve("target/telegram-emulator"));
    }

    /** Starts an emulator installed in {@code workDirectory}; the bot must use {@code token}. */
    public static TelegramEmulator start(String token, Path workDirectory) {
        Objects.requireNonNull(token, "token");
        try {
            Files.createDirectories(workDirectory);
            for (String file : FILES) {
                try (InputStream in = TelegramEmulator.class.getResourceAsStream(RESOURCE_DIRECTORY + file)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing test resource " + RESOURCE_DIRECTORY + file);
                    }
                    Files.copy(in, workDirectory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String nodeVersion = requireTool(workDirectory, "node", "--version");
            requireTool(workDirectory, "npm", "--version");
            install(workDirectory);
            int port = freePort();
            Process process = new ProcessBuilder("node", "server.js", Integer.toString(port), "127.0.0.1")
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .start();
            Thread killOnExit = new Thread(() -> kill(process), "kill-telegram-emulator");
            Runtime.getRuntime().addShutdownHook(killOnExit);
            awaitListening(process, workDirectory.resolve("emulator.log"), nodeVersion);
            return new TelegramEmulator(process, killOnExit, URI.create("http://127.0.0.1:" + port), token);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the telegram-test-api emulator", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the telegram-test-api emulator", e);
        }
    }

    /** The Bot API base URL for the bot under test ({@code <base>/bot<token>/<method>}). */
    public URI baseUrl() {
        return baseUrl;
    }

    public String botToken() {
        return token;
    }

    // ---- acting as a user ----

    public void sendText(long chatId, ChatUser from, String text) {
        post("/sendMessage", message(chatId, from, text));
    }

    /** A command such as {@code /start}; the emulator dies on a command without its entity, so it is added here. */
    public void sendCommand(long chatId, ChatUser from, String command) {
        ObjectNode message = message(chatId, from, command);
        int length = command.indexOf(' ') < 0 ? command.length() : command.indexOf(' ');
        message.putArray("entities").addObject().put("offset", 0).put("length", length).put("type", "bot_command");
        post("/sendCommand", message);
    }

    /** "Reply" on one of the bot's messages, e.g. the admin answering a support request. */
    public void replyTo(long chatId, ChatUser from, BotMessage repliedTo, String text) {
        ObjectNode message = message(chatId, from, text);
        ObjectNode replied = message.putObject("reply_to_message").put("message_id", repliedTo.messageId())
                .put("date", Instant.now().getEpochSecond()).put("text", repliedTo.text());
        replied.putObject("from").put("id", 666).put("is_bot", true).put("first_name", "Test First name");
        replied.set("chat", chat(chatId, from));
        post("/sendMessage", message);
    }

    /** Presses a button; the emulator does not link the press to the bot's message, so it is named here. */
    public void pressButton(long chatId, ChatUser from, long botMessageId, String callbackData) {
        ObjectNode callback = mapper.createObjectNode().put("botToken", token).put("data", callbackData);
        callback.set("from", user(from));
        ObjectNode message = callback.putObject("message").put("message_id", botMessageId)
                .put("date", Instant.now().getEpochSecond()).put("text", "");
        message.set("chat", chat(chatId, from));
        post("/sendCallback", callback);
    }

    // ---- reading what the bot sent ----

    /** Every message the bot sent to {@code chatId} so far, oldest first (as sent: later edits are not shown). */
    public synchronized List<BotMessage> botMessages(long chatId) {
        JsonNode unread = post("/getUpdates", mapper.createObjectNode().put("token", token).put("chatId", chatId)).path("result");
        List<BotMessage> messages = seen.computeIfAbsent(chatId, id -> new ArrayList<>());
        for (JsonNode item : unread) {
            messages.add(botMessage(chatId, item));
        }
        return List.copyOf(messages);
    }

    /** The first new bot message to {@code chatId} that matches; each message is returned by one await only. */
    public BotMessage awaitBotMessage(long chatId, Predicate<BotMessage> matching) {
        return awaitBotMessage(chatId, DEFAULT_WAIT, matching);
    }

    public BotMessage awaitBotMessage(long chatId, Duration timeout, Predicate<BotMessage> matching) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            synchronized (this) {
                Set<Long> done = awaited.computeIfAbsent(chatId, id -> new HashSet<>());
                for (BotMessage message : botMessages(chatId)) {
                    if (!done.contains(message.messageId()) && matching.test(message)) {
                        done.add(message.messageId());
                        return message;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The bot sent no matching message to chat " + chatId + " within " + timeout
                        + "; it sent: " + botMessages(chatId));
            }
            pause();
        }
    }

    /** A bot message as it is now, edits included (the emulator shows edits only in its history). */
    public BotMessage currentBotMessage(long chatId, long messageId) {
        JsonNode history = post("/getUpdatesHistory", mapper.createObjectNode().put("token", token)).path("result");
        for (JsonNode item : history) {
            if (item.path("messageId").asLong() == messageId && item.at("/message/chat_id").asLong() == chatId) {
                return botMessage(chatId, item);
            }
        }
        throw new AssertionError("No bot message " + messageId + " for chat " + chatId + " in " + history);
    }

    /** Waits until the bot has edited its message {@code messageId} into something that matches. */
    public BotMessage awaitEditedBotMessage(long chatId, long messageId, Predicate<BotMessage> matching) {
        long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
        while (true) {
            BotMessage current = currentBotMessage(chatId, messageId);
            if (matching.test(current)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Bot message " + messageId + " in chat " + chatId + " did not change as expected within "
                        + DEFAULT_WAIT + "; it is: " + current);
            }
            pause();
        }
    }

    @Override
    public void close() {
        kill(process);
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; nothing left to undo.
        }
    }

    // ---- helpers ----

    private BotMessage botMessage(long chatId, JsonNode item) {
        JsonNode message = item.path("message");
        List<Button> buttons = new ArrayList<>();
        JsonNode markup = message.path("reply_markup");
        if (markup.isTextual()) {
            // The emulator keeps reply_markup as the bot sent it, which may be a JSON string.
            try {
                markup = mapper.readTree(markup.asText());
            } catch (IOException e) {
                markup = mapper.createObjectNode();
            }
        }
        markup.path("inline_keyboard").forEach(row -> row.forEach(button ->
                buttons.add(new Button(button.path("text").asText(), button.path("callback_data").asText()))));
        return new BotMessage(chatId, item.path("messageId").asLong(), message.path("text").asText(""), buttons, message);
    }

    private ObjectNode message(long chatId, ChatUser from, String text) {
        ObjectNode message = mapper.createObjectNode().put("botToken", token)
                .put("date", Instant.now().getEpochSecond()).put("text", text);
        message.set("from", user(from));
        message.set("chat", chat(chatId, from));
        return message;
    }

    private ObjectNode user(ChatUser from) {
        ObjectNode user = mapper.createObjectNode().put("id", from.id()).put("is_bot", false).put("first_name", from.firstName());
        if (from.username() != null) {
            user.put("username", from.username());
        }
        if (from.languageCode() != null) {
            user.put("language_code", from.languageCode());
        }
        return user;
    }

    private ObjectNode chat(long chatId, ChatUser from) {
        return mapper.createObjectNode().put("id", chatId).put("type", "private").put("first_name", from.firstName());
    }

    private JsonNode post(String path, ObjectNode body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String answer = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered HTTP " + response.statusCode() + ": " + answer);
            }
            JsonNode json = mapper.readTree(response.body());
            if (json.get("ok") == null) {
                throw new AssertionError(path + " answered " + answer);
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("The emulator did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the emulator", e);
        }
    }

    private static void pause() {
        try {
            TimeUnit.NANOSECONDS.sleep(POLL_INTERVAL.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the bot", e);
        }
    }

    private static String requireTool(Path work, String tool, String versionFlag) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(tool, versionFlag).directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + tool + " " + versionFlag + "' failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("The Telegram emulator needs Node.js 18+ with npm on PATH (Debian: apt-get "
                    + "install nodejs npm); '" + tool + "' could not be started: " + e.getMessage(), e);
        }
    }

    /** {@code npm ci} from the committed lock file, skipped when that exact lock file is already installed. */
    private static void install(Path work) throws IOException, InterruptedException {
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
            throw new IllegalStateException("npm ci did not finish within 5 minutes; see " + log);
        }
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed with exit code " + npm.exitValue()
                    + " (is the npm registry reachable?):\n" + Files.readString(log));
        }
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Copies the emulator's output to {@code log} on a reader thread (which also keeps the pipe from
     * filling up) and returns once server.js printed its "listening on" line.
     */
    private static void awaitListening(Process process, Path log, String nodeVersion) throws InterruptedException {
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
        } catch (TimeoutException | ExecutionException e) {
            kill(process);
            throw new IllegalStateException("The telegram-test-api emulator (node " + nodeVersion + ") did not start: "
                    + e.getMessage() + "\nOutput:\n" + output, e);
        }
    }

    private static void kill(Process process) {
        if (!process.isAlive()) {
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
}
