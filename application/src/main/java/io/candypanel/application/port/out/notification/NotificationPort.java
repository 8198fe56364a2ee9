package io.candypanel.application.port.out.notification;

import io.candypanel.domain.botuser.TelegramId;

/**
 * Messages to the bot's users and its admin (the Telegram adapter implements it). Delivery is best
 * effort: an implementation may throw an unchecked exception, and callers decide whether that matters.
 */
public interface NotificationPort {
    void sendToUser(TelegramId telegramId, String text);

    /** To the Telegram id in the {@code telegram_bot_admin_id} setting. */
    void sendToAdmin(String text);
}
