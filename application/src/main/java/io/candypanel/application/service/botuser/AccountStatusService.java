package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.AccountStatus;
import io.candypanel.application.port.in.botuser.AccountStatusQuery;
import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import java.util.Objects;

public final class AccountStatusService implements AccountStatusUseCase {
    private final BotUserRepositoryPort botUsers;
    private final ClientRepositoryPort clients;

    public AccountStatusService(BotUserRepositoryPort botUsers, ClientRepositoryPort clients) {
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public AccountStatus status(AccountStatusQuery query) {
        BotUser user = botUsers.findByTelegramId(query.telegramId())
                .orElseThrow(() -> new BotUserNotFoundException(query.telegramId()));
        // One indexed lookup by name; the original loaded every client to find this one.
        return new AccountStatus(user, user.clientName().flatMap(clients::findByName));
    }
}
