package io.candypanel.adapter.telegram.botapi;

import java.util.Objects;

/**
 * A Bot API call that did not succeed. The subclass tells the caller what to do next: wait
 * ({@link TelegramRateLimitedException}), give up on this request ({@link
 * TelegramRequestRejectedException}) or try again later ({@link TelegramUnavailableException}).
 * Messages and causes never contain the bot token.
 */
public abstract class TelegramApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;

    TelegramApiException(String method, String message, Throwable maskedCause) {
        super(message, maskedCause);
        this.method = Objects.requireNonNull(method, "method");
    }

    /** The Bot API method that failed, e.g. {@code sendMessage}. */
    public String method() {
        return method;
    }
}
