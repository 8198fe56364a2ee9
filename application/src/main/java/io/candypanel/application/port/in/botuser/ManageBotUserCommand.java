package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;

/** One admin action on one bot user (the original's {@code manage_user} {@code action}). */
public sealed interface ManageBotUserCommand
        permits BanBotUserCommand, UnbanBotUserCommand, UpdateTrafficCommand, UpdateTimeCommand {
    TelegramId telegramId();
}
