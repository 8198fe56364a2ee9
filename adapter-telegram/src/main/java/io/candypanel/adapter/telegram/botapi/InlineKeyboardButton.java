package io.candypanel.adapter.telegram.botapi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One button of an inline keyboard: it either sends {@code callbackData} back to the bot or opens
 * {@code url}. Build buttons with {@link #callback} or {@link #link}, which check Telegram's limits
 * before a send fails on them; the constructor accepts whatever a server returns.
 *
 * @param text         the label
 * @param callbackData 1 to 64 bytes sent back in a {@link CallbackQuery}, or null
 * @param url          the link to open, or null
 */
public record InlineKeyboardButton(String text, String callbackData, String url) {
    /** Telegram rejects longer callback data with "BUTTON_DATA_INVALID". */
    static final int MAX_CALLBACK_DATA_BYTES = 64;

    public InlineKeyboardButton {
        Objects.requireNonNull(text, "text");
    }

    public static InlineKeyboardButton callback(String text, String callbackData) {
        requireLabel(text);
        Objects.requireNonNull(callbackData, "callbackData");
        int bytes = callbackData.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalArgumentException("Callback data must be 1 to " + MAX_CALLBACK_DATA_BYTES
                    + " bytes of UTF-8, got " + bytes + ": " + callbackData);
        }
        return new InlineKeyboardButton(text, callbackData, null);
    }

    public static InlineKeyboardButton link(String text, String url) {
        requireLabel(text);
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("A link button needs a URL");
        }
        return new InlineKeyboardButton(text, null, url);
    }

    private static void requireLabel(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A button needs a visible label");
        }
    }
}
