package io.candypanel.adapter.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram Bot API methods the bot uses, over the JDK's {@link HttpClient}. Every call is a
 * blocking {@code POST <base>/bot<token>/<method>}: JSON for plain calls (servers such as the
 * telegram-test-api emulator read parameters only from the body), multipart/form-data for uploads.
 *
 * <p>Every method either returns Telegram's result or throws a {@link TelegramApiException}
 * subclass; the bot token never appears in their messages. Safe for concurrent use: the poller
 * thread can long-poll while other threads send.
 */
public final class TelegramBotApi {
    /** The update kinds the bot handles; Telegram then does not send (nor count) any other. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    private static final String JSON = "application/json";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBotApi.class);

    private final BotApiConfig config;
    private final BotApiJson json = new BotApiJson();
    private final TokenMasker masker;
    private final BotApiResponses responses;
    private final HttpClient http;

    public TelegramBotApi(BotApiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.masker = new TokenMasker(config.token());
        this.responses = new BotApiResponses(json, masker);
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // HTTP/1.1 keeps one long poll from sharing a connection with sends, and plain-http
                // servers (a local Bot API server, the emulator, test fakes) get no h2c upgrade attempt.
                .version(HttpClient.Version.HTTP_1_1)
                // A redirect would be followed with the token in the path to wherever it points.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Long polling: waits up to {@code timeoutSeconds} for updates with an id of at least
     * {@code offset}, and confirms (deletes on Telegram's side) all updates below it. Only messages
     * and callback queries are requested.
     *
     * @param offset         the last handled {@code update_id + 1}; 0 for "everything unconfirmed"
     * @param timeoutSeconds how long Telegram may hold the request open; 0 answers at once
     */
    public List<Update> getUpdates(long offset, int timeoutSeconds) {
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("The poll timeout cannot be negative: " + timeoutSeconds);
        }
        ObjectNode params = json.object().put("offset", offset).put("timeout", timeoutSeconds);
        ALLOWED_UPDATES.forEach(params.putArray("allowed_updates")::add);
        // The HTTP timeout must outlast the server's hold, or every quiet poll would end as a failure.
        Duration httpTimeout = config.requestTimeout().plusSeconds(timeoutSeconds);
        JsonNode result = postJson("getUpdates", params, httpTimeout);
        if (!result.isArray()) {
            throw new TelegramUnavailableException("getUpdates", "getUpdates returned no list of updates", null);
        }
        return read("getUpdates", () -> json.readUpdates(result));
    }

    public Message sendMessage(long chatId, String text) {
        return sendMessage(TextMessage.to(chatId, text));
    }

    /** Sends a text; the returned message carries the {@code message_id} needed to edit it later. */
    public Message sendMessage(TextMessage message) {
        Objects.requireNonNull(message, "message");
        ObjectNode params = json.object().put("chat_id", message.chatId()).put("text", message.text());
        message.keyboard().ifPresent(keyboard -> params.set("reply_markup", json.keyboard(keyboard)));
        message.parseMode().ifPresent(mode -> params.put("parse_mode", mode.wireName()));
        message.replyToMessageId().ifPresent(id -> params.put("reply_to_message_id", id));
        return sentMessage("sendMessage", postJson("sendMessage", params, config.requestTimeout()));
    }

    /**
     * Replaces the text (and keyboard) of one of the bot's messages. Telegram answers 400 "message is
     * not modified" when nothing changes; that arrives as a {@link TelegramRequestRejectedException}.
     */
    public void editMessageText(TextEdit edit) {
        Objects.requireNonNull(edit, "edit");
        ObjectNode params = json.object()
                .put("chat_id", edit.chatId())
                .put("message_id", edit.messageId())
                .put("text", edit.text());
        edit.keyboard().ifPresent(keyboard -> params.set("reply_markup", json.keyboard(keyboard)));
        edit.parseMode().ifPresent(mode -> params.put("parse_mode", mode.wireName()));
        // Telegram returns the edited message, the emulator null: nothing here depends on it.
        postJson("editMessageText", params, config.requestTimeout());
    }

    /** Stops the button's progress indicator without showing anything. */
    public void answerCallbackQuery(String callbackQueryId) {
        postJson("answerCallbackQuery", callbackAnswer(callbackQueryId), config.requestTimeout());
    }

    /**
     * Stops the button's progress indicator and shows {@code notificationText}: a toast that fades,
     * or a dialog the user must close when {@code showAlert} is set.
     */
    public void answerCallbackQuery(String callbackQueryId, String notificationText, boolean showAlert) {
        Objects.requireNonNull(notificationText, "notificationText");
        ObjectNode params = callbackAnswer(callbackQueryId).put("text", notificationText).put("show_alert", showAlert);
        postJson("answerCallbackQuery", params, config.requestTimeout());
    }

    public Message sendDocument(long chatId, String fileName, byte[] content) {
        return upload("sendDocument", "document", chatId, fileName, "application/octet-stream", content, null);
    }

    /** Sends a file (a client's {@code .conf}, say) that the user can save; Telegram shows {@code fileName}. */
    public Message sendDocument(long chatId, String fileName, byte[] content, String caption) {
        Objects.requireNonNull(caption, "caption");
        return upload("sendDocument", "document", chatId, fileName, "application/octet-stream", content, caption);
    }

    public Message sendPhoto(long chatId, String fileName, byte[] pngBytes) {
        return upload("sendPhoto", "photo", chatId, fileName, "image/png", pngBytes, null);
    }

    /** Sends a PNG shown inline (a QR code, say); Telegram re-encodes photos, so use a document for exact bytes. */
    public Message sendPhoto(long chatId, String fileName, byte[] pngBytes, String caption) {
        Objects.requireNonNull(caption, "caption");
        return upload("sendPhoto", "photo", chatId, fileName, "image/png", pngBytes, caption);
    }

    private ObjectNode callbackAnswer(String callbackQueryId) {
        Objects.requireNonNull(callbackQueryId, "callbackQueryId");
        return json.object().put("callback_query_id", callbackQueryId);
    }

    private Message upload(String method, String fileField, long chatId, String fileName, String contentType,
                           byte[] content, String caption) {
        // A random boundary cannot plausibly occur in the content; MultipartBody still checks.
        MultipartBody body = new MultipartBody("CandyPanel-" + UUID.randomUUID())
                .addField("chat_id", Long.toString(chatId))
                .addFile(fileField, fileName, contentType, content);
        if (caption != null) {
            body.addField("caption", caption);
        }
        return sentMessage(method, post(method, body.contentType(), body.toBytes(), config.requestTimeout()));
    }

    private JsonNode postJson(String method, ObjectNode params, Duration timeout) {
        return post(method, JSON, json.toBytes(params), timeout);
    }

    private JsonNode post(String method, String contentType, byte[] body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(config.methodUri(method))
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new TelegramUnavailableException(method, method + " got no answer within " + timeout.toSeconds()
                    + " s", masker.sanitize(e));
        } catch (IOException e) {
            // The JDK's messages may contain the request URI, and with it the token.
            throw new TelegramUnavailableException(method, method + " could not reach the Bot API: "
                    + masker.describe(e), masker.sanitize(e));
        } catch (InterruptedException e) {
            // The caller (the poller's stop(), say) asked this thread to give up; keep it asking.
            Thread.currentThread().interrupt();
            throw new TelegramUnavailableException(method, method + " was interrupted", null);
        } catch (RuntimeException e) {
            // Not expected from send(), but its message would be as unmasked as an IOException's,
            // and a caller such as the poller only knows how to survive a TelegramApiException.
            throw new TelegramUnavailableException(method, method + " failed in the HTTP client: "
                    + masker.describe(e), masker.sanitize(e));
        }
        LOG.debug("Bot API {} answered HTTP {} in {} ms", method, response.statusCode(),
                (System.nanoTime() - started) / 1_000_000);
        return responses.resultOf(method, response);
    }

    private Message sentMessage(String method, JsonNode result) {
        Message message = read(method, () -> json.read(result, Message.class));
        if (message == null) {
            throw new TelegramUnavailableException(method, method + " did not return the sent message", null);
        }
        return message;
    }

    private <T> T read(String method, JsonReading<T> reading) {
        try {
            return reading.read();
        } catch (IOException e) {
            throw new TelegramUnavailableException(method, method + " returned a result of an unexpected shape: "
                    + masker.describe(e), masker.sanitize(e));
        }
    }

    @FunctionalInterface
    private interface JsonReading<T> {
        T read() throws IOException;
    }
}
