package io.candypanel.adapter.telegram.botapi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A bot's secret token ({@code 123456789:AA...}). It is part of every Bot API URL, so whoever reads
 * a logged URL can act as the bot: {@link #toString()} never shows it, and the client masks it in
 * every message it produces.
 *
 * @param value the token exactly as BotFather issued it
 */
public record BotToken(String value) {
    /** BotFather's shape: the bot's numeric id, a colon and a URL-safe secret. */
    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{1,200}");

    public BotToken {
        Objects.requireNonNull(value, "value");
        // The message must not echo the value: a malformed token is usually a real one with a typo.
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A Telegram bot token looks like <digits>:<letters, digits, '_' or '-'> (value not shown)");
        }
    }

    /** The part after the colon; the bot id before it is public anyway. */
    String secret() {
        return value.substring(value.indexOf(':') + 1);
    }

    @Override
    public String toString() {
        return "BotToken[" + value.substring(0, value.indexOf(':')) + ":***]";
    }
}
