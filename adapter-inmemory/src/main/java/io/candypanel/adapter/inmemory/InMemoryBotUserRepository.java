package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bot users by Telegram id, each linked client name used by one user only. {@link #update} stores
 * every mutable field; the id and the registration instant stay.
 */
final class InMemoryBotUserRepository implements BotUserRepositoryPort {
    private static final Comparator<BotUser> OLDEST_FIRST =
            Comparator.comparing(BotUser::createdAt).thenComparingLong(u -> u.telegramId().value());

    private final Store store;

    InMemoryBotUserRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<BotUser> findByTelegramId(TelegramId telegramId) {
        Objects.requireNonNull(telegramId, "telegramId");
        return Optional.ofNullable(store.read(Tables.BOT_USERS).get(telegramId.value())).map(Copies::of);
    }

    @Override
    public List<BotUser> findAll() {
        return store.read(Tables.BOT_USERS).values().stream().sorted(OLDEST_FIRST).map(Copies::of).toList();
    }

    @Override
    public void insert(BotUser botUser) {
        Objects.requireNonNull(botUser, "botUser");
        store.inTransaction(() -> {
            Map<Long, BotUser> rows = store.write(Tables.BOT_USERS);
            if (rows.containsKey(botUser.telegramId().value())) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: bot_users.telegram_id");
            }
            checkClientNameFree(rows, botUser);
            rows.put(botUser.telegramId().value(), Copies.of(botUser));
            return null;
        });
    }

    /** Throws {@link BotUserNotFoundException} when the user is not stored. */
    @Override
    public void update(BotUser botUser) {
        Objects.requireNonNull(botUser, "botUser");
        store.inTransaction(() -> {
            Map<Long, BotUser> rows = store.write(Tables.BOT_USERS);
            BotUser stored = rows.get(botUser.telegramId().value());
            if (stored == null) {
                throw new BotUserNotFoundException(botUser.telegramId());
            }
            checkClientNameFree(rows, botUser);
            rows.put(botUser.telegramId().value(), BotUser.restore(stored.telegramId(), botUser.clientName(),
                    botUser.trafficBoughtMib(), botUser.daysBought(), botUser.status(), botUser.language(), stored.createdAt()));
            return null;
        });
    }

    private static void checkClientNameFree(Map<Long, BotUser> rows, BotUser botUser) {
        if (botUser.clientName().isEmpty()) {
            return;
        }
        for (BotUser other : rows.values()) {
            if (!other.telegramId().equals(botUser.telegramId()) && other.clientName().equals(botUser.clientName())) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: bot_users.client_name");
            }
        }
    }
}
