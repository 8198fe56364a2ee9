package io.candypanel.adapter.telegram.botapi;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Removes the bot token from text and exceptions before they reach a log or an exception message.
 * The token is part of every request URI, and the JDK's HttpClient (or any library below it) may
 * put that URI into an exception message at any time.
 */
final class TokenMasker {
    static final String MASK = "<bot-token>";
    /** Deep enough for any real cause chain, and a stop for a pathological one. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private final String token;
    private final String secret;

    TokenMasker(BotToken token) {
        Objects.requireNonNull(token, "token");
        this.token = token.value();
        // The secret alone also goes: a URI may carry the colon percent-encoded (%3A).
        this.secret = token.secret();
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        return text.replace(token, MASK).replace(secret, MASK);
    }

    /** "ExceptionClass: message" with the token masked, for one-line summaries. */
    String describe(Throwable failure) {
        String message = failure.getMessage();
        String name = failure.getClass().getName();
        return message == null ? name : name + ": " + mask(message);
    }

    /**
     * A copy of {@code failure} and its causes that keeps their class names, messages and stack
     * traces for debugging, with the token masked. The original must not be attached to anything
     * that may be logged: loggers print every cause's message.
     */
    Throwable sanitize(Throwable failure) {
        return sanitize(failure, new IdentityHashMap<>(), 0);
    }

    private Throwable sanitize(Throwable failure, Map<Throwable, Boolean> seen, int depth) {
        if (failure == null || depth >= MAX_CAUSE_DEPTH || seen.put(failure, Boolean.TRUE) != null) {
            return null;
        }
        MaskedFailure copy = new MaskedFailure(describe(failure), sanitize(failure.getCause(), seen, depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for a failure whose message may have contained the token. */
    static final class MaskedFailure extends Exception {
        private static final long serialVersionUID = 1L;

        MaskedFailure(String originalClassAndMessage, Throwable maskedCause) {
            super(originalClassAndMessage, maskedCause);
        }

        /** Reads like the original in a stack trace: "java.net.ConnectException: ...". */
        @Override
        public String toString() {
            return getMessage();
        }
    }
}
