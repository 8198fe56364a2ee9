package io.candypanel.adapter.telegram.botapi;

/**
 * A press on an inline keyboard button. Answer it with
 * {@link TelegramBotApi#answerCallbackQuery(String)} even when nothing else happens: until then the
 * user's client shows a progress indicator on the button.
 *
 * @param id      what {@code answerCallbackQuery} needs
 * @param from    the user who pressed
 * @param message the bot's message carrying the keyboard, or null when it is too old for Telegram
 *                to include
 * @param data    the pressed button's {@code callback_data}, or null
 */
public record CallbackQuery(String id, User from, Message message, String data) {
}
