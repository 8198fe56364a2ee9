package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server for tests, on the JDK's HTTP server at 127.0.0.1 and a free port. It behaves like
 * Telegram where the client depends on it: real long polling (getUpdates waits until an update is
 * queued or the timeout ends), offsets that confirm and drop earlier updates, Telegram-shaped
 * results and errors, JSON and multipart/form-data bodies. Every call is recorded, and answers can be
 * scripted per method (429, 5xx, 403, a dropped connection, a foreign error page). Public for the
 * conversation tests in {@code io.candypanel.adapter.telegram}.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final BotToken TOKEN = new BotToken("123456789:SECRETsecret-token_value42");
    /** A second valid token, for a bot that is restarted with a new one; other tokens get 401. */
    public static final BotToken OTHER_TOKEN = new BotToken("987654321:OTHERsecret-token_value77");
    public static final long BOT_ID = 123456789L;
    /** How long {@link #awaitCalls} waits before failing the test. */
    public static final Duration AWAIT = Duration.ofSeconds(10);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-bot-api");
        thread.setDaemon(true);
        return thread;
    });

    private final Object monitor = new Object();
    /** Guarded by monitor: queued, not yet confirmed updates, by ascending id. */
    private final List<ObjectNode> pendingUpdates = new ArrayList<>();
    /** Guarded by monitor. */
    private final List<RecordedCall> calls = new ArrayList<>();
    /** Guarded by monitor. */
    private final Map<String, Deque<Reply>> scripts = new HashMap<>();
    /** Guarded by monitor: scripts for one method in one chat, tried before the method's own. */
    private final Map<String, Deque<Reply>> chatScripts = new HashMap<>();
    /** Guarded by monitor. */
    private long nextUpdateId = 1;
    /** Guarded by monitor. */
    private long nextMessageId = 1000;
    /** Guarded by monitor. */
    private boolean closed;

    private FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the fake Bot API", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public BotApiConfig config() {
        return BotApiConfig.at(baseUrl(), TOKEN);
    }

    // ---- acting as users ----

    /** Queues a text message from user {@code chatId} in their private chat; returns its update id. */
    public long queueUserMessage(long chatId, String text) {
        return queueMessage(userMessage(chatId, privateChat(chatId), text));
    }

    /** Queues a message in a group chat {@code groupId}, written by user {@code fromId}. */
    public long queueGroupMessage(long groupId, long fromId, String text) {
        ObjectNode group = mapper.createObjectNode().put("id", groupId).put("type", "group").put("title", "Friends");
        ObjectNode message = userMessage(fromId, group, text);
        return queueMessage(message);
    }

    /**
     * Queues user {@code chatId}'s reply (Telegram's "Reply" on a message) to the message
     * {@code repliedMessageId} with text {@code repliedText}, which the bot sent when {@code repliedFromBot}.
     */
    public long queueReply(long chatId, String text, long repliedMessageId, String repliedText, boolean repliedFromBot) {
        ObjectNode message = userMessage(chatId, privateChat(chatId), text);
        ObjectNode replied = mapper.createObjectNode().put("message_id", repliedMessageId).put("date", 1_700_000_001L)
                .put("text", repliedText);
        if (repliedFromBot) {
            replied.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Candy");
        } else {
            replied.set("from", user(chatId));
        }
        replied.set("chat", privateChat(chatId));
        message.set("reply_to_message", replied);
        return queueMessage(message);
    }

    /** Queues a message that is not text (a sticker) from user {@code chatId}. */
    public long queueSticker(long chatId) {
        ObjectNode message = userMessage(chatId, privateChat(chatId), null);
        message.putObject("sticker").put("file_id", "sticker-1");
        return queueMessage(message);
    }

    private ObjectNode userMessage(long fromId, ObjectNode chat, String text) {
        ObjectNode message = mapper.createObjectNode().put("date", 1_700_000_000L);
        if (text != null) {
            message.put("text", text);
        }
        message.set("from", user(fromId));
        message.set("chat", chat);
        return message;
    }

    private long queueMessage(ObjectNode message) {
        synchronized (monitor) {
            message.put("message_id", nextMessageId++);
        }
        ObjectNode update = mapper.createObjectNode();
        update.set("message", message);
        return queue(update);
    }

    /** Queues a press on a button with {@code data} under the bot's message {@code messageId}. */
    public long queueCallback(long chatId, long messageId, String data) {
        ObjectNode message = mapper.createObjectNode()
                .put("message_id", messageId)
                .put("date", 1_700_000_000L)
                .put("text", "menu");
        message.set("chat", privateChat(chatId));
        ObjectNode query = mapper.createObjectNode().put("chat_instance", "42").put("data", data);
        query.set("from", user(chatId));
        query.set("message", message);
        ObjectNode update = mapper.createObjectNode();
        update.set("callback_query", query);
        synchronized (monitor) {
            query.put("id", "cbq-" + nextUpdateId);
        }
        return queue(update);
    }

    private long queue(ObjectNode update) {
        synchronized (monitor) {
            long id = nextUpdateId++;
            update.put("update_id", id);
            pendingUpdates.add(update);
            monitor.notifyAll();
            return id;
        }
    }

    /** Update ids queued and not yet confirmed by an offset. */
    public List<Long> pendingUpdateIds() {
        synchronized (monitor) {
            return pendingUpdates.stream().map(update -> update.get("update_id").asLong()).toList();
        }
    }

    // ---- scripting ----

    /** The next calls of {@code method} get these answers, in order; afterwards it behaves normally again. */
    public void script(String method, Reply... replies) {
        synchronized (monitor) {
            scripts.computeIfAbsent(method, m -> new ArrayDeque<>()).addAll(List.of(replies));
        }
    }

    /** Like {@link #script}, but only for calls of {@code method} to chat {@code chatId}. */
    public void scriptFor(String method, long chatId, Reply... replies) {
        synchronized (monitor) {
            chatScripts.computeIfAbsent(method + "#" + chatId, m -> new ArrayDeque<>()).addAll(List.of(replies));
        }
    }

    // ---- recorded calls ----

    public List<RecordedCall> calls(String method) {
        synchronized (monitor) {
            return calls.stream().filter(call -> call.method().equals(method)).toList();
        }
    }

    /** Waits until {@code method} was called at least {@code count} times; fails the test after {@link #AWAIT}. */
    public List<RecordedCall> awaitCalls(String method, int count) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        synchronized (monitor) {
            while (true) {
                List<RecordedCall> matching = calls.stream().filter(call -> call.method().equals(method)).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    return fail("Expected " + count + " " + method + " calls within " + AWAIT + ", got "
                            + matching.size() + ": " + matching);
                }
                try {
                    monitor.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return fail("Interrupted while waiting for " + method);
                }
            }
        }
    }

    /** Every recorded call, in arrival order. */
    public List<RecordedCall> allCalls() {
        synchronized (monitor) {
            return List.copyOf(calls);
        }
    }

    /**
     * Waits until at least {@code count} recorded calls match; returns all that match. Fails the test
     * after {@code timeout}.
     */
    public List<RecordedCall> awaitMatching(Predicate<RecordedCall> matching, int count, Duration timeout,
                                            String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                List<RecordedCall> matched = calls.stream().filter(matching).toList();
                if (matched.size() >= count) {
                    return matched;
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    return fail("Expected " + count + " calls: " + description + " within " + timeout + ", got "
                            + matched.size() + ". All calls: " + calls);
                }
                try {
                    monitor.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return fail("Interrupted while waiting for " + description);
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (monitor) {
            closed = true;
            monitor.notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- the server side ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!path.startsWith("/bot") || path.indexOf('/', 1) < 0) {
                send(exchange, 404, telegramError(404, "Not Found", null));
                return;
            }
            String token = path.substring("/bot".length(), path.indexOf('/', 1));
            String method = path.substring(path.indexOf('/', 1) + 1);
            if (!token.equals(TOKEN.value()) && !token.equals(OTHER_TOKEN.value())) {
                send(exchange, 401, telegramError(401, "Unauthorized", null));
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            RecordedCall parsed = RecordedCall.parse(mapper, method, exchange.getRequestMethod(), contentType, body);
            RecordedCall call = parsed.answeredWith(token, resultMessageId(parsed));
            Reply scripted;
            synchronized (monitor) {
                calls.add(call);
                monitor.notifyAll();
                Deque<Reply> chatScript = chatScripts.get(method + "#" + call.chatId());
                Deque<Reply> script = scripts.get(method);
                scripted = chatScript != null && !chatScript.isEmpty() ? chatScript.poll()
                        : script == null ? null : script.poll();
                if (method.equals("getUpdates") && (scripted == null || scripted.kind() == Reply.Kind.NORMAL)) {
                    // Confirmed as the call is recorded, so a test that saw the call sees the confirmation.
                    confirmBelow(call.json().path("offset").asLong(0));
                }
            }
            if (scripted != null && scripted.kind() != Reply.Kind.NORMAL) {
                answerScripted(exchange, path, scripted);
                return;
            }
            answer(exchange, call);
        }
    }

    private void answerScripted(HttpExchange exchange, String path, Reply reply) throws IOException {
        switch (reply.kind()) {
            case DROP_CONNECTION -> {
                // Closing the exchange before any response header closes the TCP connection.
            }
            case ECHO_PATH_NOT_FOUND -> {
                // What Express or a misrouting proxy answers: the request path, token included.
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                send(exchange, 404, ("<!DOCTYPE html><html><body><pre>Cannot POST " + path + "</pre></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            case RAW -> {
                reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
                send(exchange, reply.status(), reply.body().getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new IllegalStateException("Not a scripted answer: " + reply);
        }
    }

    /** The id the answer gives the sent (or edited) message, decided before the call is recorded. */
    private long resultMessageId(RecordedCall call) {
        switch (call.method()) {
            case "sendMessage", "sendDocument", "sendPhoto" -> {
                synchronized (monitor) {
                    return nextMessageId++;
                }
            }
            case "editMessageText" -> {
                return call.json().path("message_id").asLong();
            }
            default -> {
                return 0;
            }
        }
    }

    private void answer(HttpExchange exchange, RecordedCall call) throws IOException {
        switch (call.method()) {
            case "getUpdates" -> sendResult(exchange, longPoll(call.json().path("offset").asLong(0),
                    call.json().path("timeout").asInt(0)));
            case "sendMessage", "editMessageText" -> sendResult(exchange, sentMessage(call.messageId(),
                    call.json().path("chat_id").asLong(), call.json().path("text").asText(), call.json().get("reply_markup")));
            case "answerCallbackQuery" -> sendResult(exchange, mapper.getNodeFactory().booleanNode(true));
            case "sendDocument", "sendPhoto" -> {
                if (call.parts().isEmpty()) {
                    send(exchange, 400, telegramError(400, "Bad Request: there is no file in the request", null));
                    return;
                }
                ObjectNode sent = sentMessage(call.messageId(), Long.parseLong(call.part("chat_id").text()), null, null);
                if (call.parts().containsKey("caption")) {
                    sent.put("caption", call.part("caption").text());
                }
                sendResult(exchange, sent);
            }
            default -> send(exchange, 404, telegramError(404, "Not Found", null));
        }
    }

    /** Telegram's getUpdates: waits up to the timeout for anything at or above the offset. */
    private JsonNode longPoll(long offset, int timeoutSeconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        synchronized (monitor) {
            while (!closed && pendingUpdates.stream().noneMatch(update -> update.get("update_id").asLong() >= offset)) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    break;
                }
                try {
                    monitor.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ArrayNode result = mapper.createArrayNode();
            pendingUpdates.stream()
                    .filter(update -> update.get("update_id").asLong() >= offset)
                    .forEach(update -> result.add(update.deepCopy()));
            return result;
        }
    }

    /** Guarded by monitor (callers hold it). */
    private void confirmBelow(long offset) {
        pendingUpdates.removeIf(update -> update.get("update_id").asLong() < offset);
    }

    private ObjectNode sentMessage(long messageId, long chatId, String text, JsonNode replyMarkup) {
        ObjectNode message = mapper.createObjectNode().put("date", 1_700_000_001L).put("message_id", messageId);
        ObjectNode from = message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Candy");
        from.put("username", "candy_bot");
        message.set("chat", privateChat(chatId));
        if (text != null) {
            message.put("text", text);
        }
        if (replyMarkup != null) {
            message.set("reply_markup", replyMarkup);
        }
        // Telegram adds fields in every version; the client must ignore what it does not know.
        message.putObject("link_preview_options").put("is_disabled", true);
        return message;
    }

    private ObjectNode user(long id) {
        return mapper.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Alice")
                .put("username", "alice").put("language_code", "en");
    }

    private ObjectNode privateChat(long id) {
        return mapper.createObjectNode().put("id", id).put("type", "private").put("first_name", "Alice");
    }

    private void sendResult(HttpExchange exchange, JsonNode result) throws IOException {
        ObjectNode envelope = mapper.createObjectNode().put("ok", true);
        envelope.set("result", result);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, 200, mapper.writeValueAsBytes(envelope));
    }

    private byte[] telegramError(int code, String description, Integer retryAfter) {
        ObjectNode error = mapper.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", description);
        if (retryAfter != null) {
            error.putObject("parameters").put("retry_after", retryAfter);
        }
        try {
            return mapper.writeValueAsBytes(error);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A scripted answer for one call. */
    public record Reply(Kind kind, int status, Map<String, String> headers, String body) {
        public enum Kind { NORMAL, RAW, DROP_CONNECTION, ECHO_PATH_NOT_FOUND }

        /** Answer this call as usual (to place a success between scripted failures). */
        public static Reply normal() {
            return new Reply(Kind.NORMAL, 0, Map.of(), "");
        }

        public static Reply rateLimited(int retryAfterSeconds) {
            return telegram(429, "Too Many Requests: retry after " + retryAfterSeconds,
                    ",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}");
        }

        public static Reply serverError() {
            return telegram(500, "Internal Server Error", "");
        }

        public static Reply blockedByUser() {
            return telegram(403, "Forbidden: bot was blocked by the user", "");
        }

        public static Reply conflict() {
            return telegram(409, "Conflict: terminated by other getUpdates request; make sure that only one bot "
                    + "instance is running", "");
        }

        public static Reply dropConnection() {
            return new Reply(Kind.DROP_CONNECTION, 0, Map.of(), "");
        }

        /** A 404 page that shows the request path, token and all. */
        public static Reply echoPathNotFound() {
            return new Reply(Kind.ECHO_PATH_NOT_FOUND, 404, Map.of(), "");
        }

        public static Reply raw(int status, Map<String, String> headers, String body) {
            return new Reply(Kind.RAW, status, headers, body);
        }

        private static Reply telegram(int code, String description, String extra) {
            return raw(code, Map.of("Content-Type", "application/json"),
                    "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"" + extra + "}");
        }
    }
}
