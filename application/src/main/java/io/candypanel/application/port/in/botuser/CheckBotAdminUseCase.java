package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;

/** Whether a Telegram id is the bot's admin (the {@code telegram_bot_admin_id} setting; 0 = nobody). */
public interface CheckBotAdminUseCase {
    BotAdminCheck check(TelegramId telegramId);
}
