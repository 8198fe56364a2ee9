package io.candypanel.application.fakes;

import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bot users in a map; hands out copies, as a database would. */
public final class InMemoryBotUserRepository implements BotUserRepositoryPort {
    private final Map<TelegramId, BotUser> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<BotUser> findByTelegramId(TelegramId telegramId) {
        return Optional.ofNullable(rows.get(telegramId)).map(InMemoryBotUserRepository::copy);
    }

    @Override
    public synchronized List<BotUser> findAll() {
        return rows.values().stream()
                .sorted(Comparator.comparing(BotUser::createdAt).thenComparing(u -> u.telegramId().value()))
                .map(InMemoryBotUserRepository::copy)
                .toList();
    }

    @Override
    public synchronized void insert(BotUser botUser) {
        if (rows.containsKey(botUser.telegramId())) {
            throw new IllegalStateException("duplicate bot user " + botUser.telegramId());
        }
        rows.put(botUser.telegramId(), copy(botUser));
    }

    @Override
    public synchronized void update(BotUser botUser) {
        if (!rows.containsKey(botUser.telegramId())) {
            throw new IllegalStateException("no bot user " + botUser.telegramId());
        }
        rows.put(botUser.telegramId(), copy(botUser));
    }

    /** Test helper: the stored row. */
    public synchronized Optional<BotUser> stored(long telegramId) {
        return findByTelegramId(new TelegramId(telegramId));
    }

    public static BotUser copy(BotUser u) {
        return BotUser.restore(u.telegramId(), u.clientName(), u.trafficBoughtMib(), u.daysBought(), u.status(),
                u.language(), u.createdAt());
    }
}
