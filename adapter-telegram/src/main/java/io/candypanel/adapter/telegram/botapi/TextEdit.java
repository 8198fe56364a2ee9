package io.candypanel.adapter.telegram.botapi;

import java.util.Objects;
import java.util.Optional;

/**
 * A new text for one of the bot's own messages, e.g. to replace a menu after a button press. Without
 * a keyboard, Telegram removes the one the message had.
 *
 * @param chatId    the chat of the message
 * @param messageId the message to change
 * @param text      the new text
 * @param keyboard  the new inline buttons
 * @param parseMode how {@code text} is formatted; plain text when empty
 */
public record TextEdit(long chatId, long messageId, String text, Optional<InlineKeyboardMarkup> keyboard,
                       Optional<ParseMode> parseMode) {
    public TextEdit {
        TextMessage.requireText(text);
        Objects.requireNonNull(keyboard, "keyboard");
        Objects.requireNonNull(parseMode, "parseMode");
    }

    public static TextEdit of(long chatId, long messageId, String text) {
        return new TextEdit(chatId, messageId, text, Optional.empty(), Optional.empty());
    }

    public TextEdit withKeyboard(InlineKeyboardMarkup newKeyboard) {
        return new TextEdit(chatId, messageId, text, Optional.of(newKeyboard), parseMode);
    }

    public TextEdit withParseMode(ParseMode newParseMode) {
        return new TextEdit(chatId, messageId, text, keyboard, Optional.of(newParseMode));
    }
}
