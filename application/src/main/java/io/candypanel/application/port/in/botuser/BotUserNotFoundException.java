package io.candypanel.application.port.in.botuser;

import io.candypanel.application.port.in.NotFoundException;
import io.candypanel.domain.botuser.TelegramId;

/** No bot user is registered with this Telegram id. */
public final class BotUserNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public BotUserNotFoundException(TelegramId telegramId) {
        super("BOT_USER_NOT_FOUND", "User " + telegramId + " is not registered with the bot.");
    }
}
