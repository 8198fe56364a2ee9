package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;

/**
 * The admin's actions on a bot user. Each throws {@link BotUserNotFoundException} for an unknown user.
 * <ul>
 *   <li>{@code ban}: the user can no longer order; the linked client is disabled (reason banned).</li>
 *   <li>{@code unban}: the user may order again; a client disabled by the ban is enabled again unless it
 *       has expired or used its quota (it is then marked so, and a purchase re-enables it).</li>
 *   <li>{@code updateTraffic}: GB bought and the client's quota := the given GB.</li>
 *   <li>{@code updateTime}: days bought := days, the client's expiry := now + days.</li>
 * </ul>
 */
public interface ManageBotUserUseCase {
    ManagedBotUser ban(TelegramId telegramId);

    ManagedBotUser unban(TelegramId telegramId);

    ManagedBotUser updateTraffic(UpdateTrafficCommand command);

    ManagedBotUser updateTime(UpdateTimeCommand command);
}
