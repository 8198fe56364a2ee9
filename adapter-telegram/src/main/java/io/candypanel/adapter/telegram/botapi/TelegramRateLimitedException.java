package io.candypanel.adapter.telegram.botapi;

import java.time.Duration;
import java.util.Objects;

/** Telegram answered 429 Too Many Requests: repeat the same request after {@link #retryAfter()}. */
public final class TelegramRateLimitedException extends TelegramApiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    TelegramRateLimitedException(String method, Duration retryAfter, String description) {
        super(method, method + " was rate limited by Telegram, retry after " + retryAfter.toSeconds() + " s: "
                + description, null);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
