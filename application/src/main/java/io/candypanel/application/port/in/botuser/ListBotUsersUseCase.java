package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.BotUser;
import java.util.List;

/** Every registered bot user, oldest registration first. */
public interface ListBotUsersUseCase {
    List<BotUser> list();
}
