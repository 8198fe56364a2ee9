package io.candypanel.adapter.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Turns an HTTP answer into the Bot API {@code result} or the matching {@link TelegramApiException}.
 * Telegram answers {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error_code":..,"description":..,"parameters":{"retry_after":..}}}; anything
 * else (a proxy's error page, the emulator's {@code {"message":..}}) is classified by HTTP status.
 */
final class BotApiResponses {
    /** When a 429 names no wait at all; Telegram's own waits start at a few seconds. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    private static final int MAX_BODY_IN_MESSAGE = 200;

    private final BotApiJson json;
    private final TokenMasker masker;

    BotApiResponses(BotApiJson json, TokenMasker masker) {
        this.json = Objects.requireNonNull(json, "json");
        this.masker = Objects.requireNonNull(masker, "masker");
    }

    /** The {@code result} node ({@link NullNode} when the server sent none), or throws. */
    JsonNode resultOf(String method, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        JsonNode body = json.parseOrNull(response.body());
        if (body != null && body.path("ok").isBoolean()) {
            if (body.get("ok").asBoolean()) {
                JsonNode result = body.get("result");
                return result == null ? NullNode.getInstance() : result;
            }
            int code = body.path("error_code").asInt(status);
            String description = masker.mask(body.path("description").asText("no description"));
            throw failure(method, code, description, retryAfter(body, response));
        }
        String summary = "HTTP " + status + " without a Bot API answer: " + snippet(response.body());
        if (status >= 200 && status < 300) {
            throw new TelegramUnavailableException(method, method + " got " + summary, null);
        }
        throw failure(method, status, summary, retryAfter(null, response));
    }

    private TelegramApiException failure(String method, int code, String description, OptionalLong retryAfterSeconds) {
        if (code == 429) {
            Duration wait = retryAfterSeconds.isPresent()
                    ? Duration.ofSeconds(Math.max(0, retryAfterSeconds.getAsLong()))
                    : DEFAULT_RETRY_AFTER;
            return new TelegramRateLimitedException(method, wait, description);
        }
        if (code >= 400 && code < 500) {
            return new TelegramRequestRejectedException(method, code, description);
        }
        return new TelegramUnavailableException(method, method + " failed on Telegram's side with " + code + ": "
                + description, null);
    }

    /** {@code parameters.retry_after} from the body, else the standard Retry-After header (seconds). */
    private static OptionalLong retryAfter(JsonNode body, HttpResponse<byte[]> response) {
        if (body != null && body.path("parameters").path("retry_after").canConvertToLong()) {
            return OptionalLong.of(body.path("parameters").path("retry_after").asLong());
        }
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.trim().matches("[0-9]{1,9}"))
                .map(value -> OptionalLong.of(Long.parseLong(value.trim())))
                .orElse(OptionalLong.empty());
    }

    private String snippet(byte[] body) {
        // Masked before it is cut, so a cut cannot leave half a token behind.
        String text = masker.mask(new String(body, StandardCharsets.UTF_8)).replaceAll("\\s+", " ").trim();
        if (text.length() > MAX_BODY_IN_MESSAGE) {
            text = text.substring(0, MAX_BODY_IN_MESSAGE) + "...";
        }
        return text.isEmpty() ? "(empty body)" : text;
    }
}
