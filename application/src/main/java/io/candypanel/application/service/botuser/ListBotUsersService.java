package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import java.util.List;
import java.util.Objects;

public final class ListBotUsersService implements ListBotUsersUseCase {
    private final BotUserRepositoryPort botUsers;

    public ListBotUsersService(BotUserRepositoryPort botUsers) {
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
    }

    @Override
    public List<BotUser> list() {
        return botUsers.findAll();
    }
}
