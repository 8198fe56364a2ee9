package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.SetLanguageCommand;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import java.util.Objects;

public final class SetLanguageService implements SetLanguageUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final BotUserRepositoryPort botUsers;

    public SetLanguageService(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
    }

    @Override
    public BotUser setLanguage(SetLanguageCommand command) {
        return unitOfWork.inTransaction(() -> {
            BotUser user = botUsers.findByTelegramId(command.telegramId())
                    .orElseThrow(() -> new BotUserNotFoundException(command.telegramId()));
            user.changeLanguage(command.language());
            botUsers.update(user);
            return user;
        });
    }
}
