package io.candypanel.application.port.out.botuser;

import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import java.util.List;
import java.util.Optional;

/** Stored bot users. Inside a {@code UnitOfWorkPort} transaction every call joins that transaction. */
public interface BotUserRepositoryPort {
    Optional<BotUser> findByTelegramId(TelegramId telegramId);

    /** All bot users, oldest registration first (ties by Telegram id). */
    List<BotUser> findAll();

    void insert(BotUser botUser);

    /** Saves every mutable field of an existing bot user. */
    void update(BotUser botUser);
}
