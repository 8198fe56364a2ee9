package io.candypanel.adapter.telegram.botapi;

/**
 * Telegram refused this request for good (a 4xx answer other than 429): repeating it unchanged
 * fails again. Typical cases: 400 "chat not found" or "message is not modified", 403 "bot was
 * blocked by the user", 401/404 for a wrong token.
 */
public final class TelegramRequestRejectedException extends TelegramApiException {
    private static final long serialVersionUID = 1L;

    private final int errorCode;
    private final String description;

    TelegramRequestRejectedException(String method, int errorCode, String description) {
        super(method, method + " was rejected by Telegram with " + errorCode + ": " + description, null);
        this.errorCode = errorCode;
        this.description = description;
    }

    /** Telegram's {@code error_code}, which follows the HTTP status codes. */
    public int errorCode() {
        return errorCode;
    }

    /** Telegram's human-readable {@code description}, e.g. "Forbidden: bot was blocked by the user". */
    public String description() {
        return description;
    }

    /**
     * 403: the user blocked the bot, deleted their account or never started it. A broadcast should
     * skip such users instead of retrying.
     */
    public boolean isForbidden() {
        return errorCode == 403;
    }
}
