package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.domain.botuser.NoticeState;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What each bot user was already told; every state belongs to a stored user. {@link #saveAll} is all or nothing. */
final class InMemoryNoticeStateRepository implements NoticeStateRepositoryPort {
    private final Store store;

    InMemoryNoticeStateRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<NoticeState> findAll() {
        return List.copyOf(store.read(Tables.BOT_NOTICE_STATES).values());
    }

    @Override
    public void saveAll(Collection<NoticeState> states) {
        Objects.requireNonNull(states, "states");
        if (states.isEmpty()) {
            return;
        }
        store.inTransaction(() -> {
            Map<Long, ?> users = store.read(Tables.BOT_USERS);
            Map<Long, NoticeState> rows = store.write(Tables.BOT_NOTICE_STATES);
            for (NoticeState state : states) {
                Objects.requireNonNull(state, "state");
                if (!users.containsKey(state.telegramId().value())) {
                    throw new InMemoryConstraintException("bot_notice_states.telegram_id references no bot user");
                }
                rows.put(state.telegramId().value(), state);
            }
            return null;
        });
    }
}
