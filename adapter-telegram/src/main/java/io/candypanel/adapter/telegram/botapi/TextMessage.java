package io.candypanel.adapter.telegram.botapi;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A text message to send: {@code TextMessage.to(chatId, "Pick one").withKeyboard(menu)}.
 *
 * @param chatId           the chat (for a private chat: the user's Telegram id)
 * @param text             1 to 4096 characters after formatting is applied
 * @param keyboard         inline buttons under the message
 * @param parseMode        how {@code text} is formatted; plain text when empty
 * @param replyToMessageId a message in the same chat to quote
 */
public record TextMessage(long chatId, String text, Optional<InlineKeyboardMarkup> keyboard,
                          Optional<ParseMode> parseMode, OptionalLong replyToMessageId) {
    public TextMessage {
        requireText(text);
        Objects.requireNonNull(keyboard, "keyboard");
        Objects.requireNonNull(parseMode, "parseMode");
        Objects.requireNonNull(replyToMessageId, "replyToMessageId");
    }

    public static TextMessage to(long chatId, String text) {
        return new TextMessage(chatId, text, Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    public TextMessage withKeyboard(InlineKeyboardMarkup newKeyboard) {
        return new TextMessage(chatId, text, Optional.of(newKeyboard), parseMode, replyToMessageId);
    }

    public TextMessage withParseMode(ParseMode newParseMode) {
        return new TextMessage(chatId, text, keyboard, Optional.of(newParseMode), replyToMessageId);
    }

    public TextMessage replyingTo(long messageId) {
        return new TextMessage(chatId, text, keyboard, parseMode, OptionalLong.of(messageId));
    }

    /** Telegram rejects an empty text ("message text is empty"); failing here names the caller. */
    static void requireText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A Telegram message needs a non-blank text");
        }
    }
}
