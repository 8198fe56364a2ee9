package io.candypanel.adapter.telegram.botapi;

/**
 * The Bot API could not be reached or failed on its side: a network error, a timeout, a 5xx answer,
 * an answer that is not the Bot API's, or an interrupted call. Trying again later may work. For a
 * send this is ambiguous: the message may have been delivered before the connection broke.
 */
public final class TelegramUnavailableException extends TelegramApiException {
    private static final long serialVersionUID = 1L;

    TelegramUnavailableException(String method, String message, Throwable maskedCause) {
        super(method, message, maskedCause);
    }
}
