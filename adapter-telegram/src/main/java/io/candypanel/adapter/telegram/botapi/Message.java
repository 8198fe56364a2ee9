package io.candypanel.adapter.telegram.botapi;

/**
 * A message as the Bot API returns it, reduced to the fields the bot uses. Fields Telegram marks as
 * optional are null when absent.
 *
 * @param messageId   unique inside its chat; needed to edit the message or reply to it
 * @param from        the sender, or null (channel posts; the bot's own sent messages in some servers)
 * @param chat        the chat the message belongs to
 * @param date        Unix time in seconds (the telegram-test-api emulator sends milliseconds)
 * @param text        the text, or null for a photo, document or other non-text message
 * @param caption     the caption of a document or photo, or null
 * @param replyMarkup the inline keyboard attached to the message, or null
 * @param replyToMessage the message this one answers (the user pressed "Reply" on it), or null; Telegram
 *                       includes it one level deep only
 */
public record Message(long messageId, User from, Chat chat, long date, String text, String caption,
                      InlineKeyboardMarkup replyMarkup, Message replyToMessage) {
}
