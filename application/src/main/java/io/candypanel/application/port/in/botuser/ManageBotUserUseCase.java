package io.candypanel.application.port.in.botuser;

/**
 * The admin's actions on a bot user; {@link BotUserNotFoundException} for an unknown user.
 * <ul>
 *   <li>ban: the user can no longer order; the linked client is disabled (reason banned).</li>
 *   <li>unban: the user may order again; a client disabled by the ban is enabled again unless it has
 *       expired or used its quota (it is then marked so, and a purchase re-enables it).</li>
 *   <li>update_traffic: GB bought and the client's quota := the given GB.</li>
 *   <li>update_time: days bought := days, the client's expiry := now + days.</li>
 * </ul>
 */
public interface ManageBotUserUseCase {
    ManagedBotUser manage(ManageBotUserCommand command);
}
