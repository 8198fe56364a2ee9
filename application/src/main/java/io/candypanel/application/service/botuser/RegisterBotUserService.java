package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.BotUserRegistration;
import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

public final class RegisterBotUserService implements RegisterBotUserUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final BotUserRepositoryPort botUsers;
    private final Clock clock;

    public RegisterBotUserService(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BotUserRegistration register(RegisterBotUserCommand command) {
        return unitOfWork.inTransaction(() -> {
            Optional<BotUser> existing = botUsers.findByTelegramId(command.telegramId());
            if (existing.isPresent()) {
                return new BotUserRegistration(existing.get(), false);
            }
            BotUser user = BotUser.create(command.telegramId(), clock.instant());
            botUsers.insert(user);
            return new BotUserRegistration(user, true);
        });
    }
}
