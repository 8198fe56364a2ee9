package io.candypanel.application.fakes;

import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.domain.botuser.NoticeState;
import io.candypanel.domain.botuser.TelegramId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryNoticeStateRepository implements NoticeStateRepositoryPort {
    private final Map<TelegramId, NoticeState> states = new LinkedHashMap<>();
    private int batches;

    @Override
    public synchronized List<NoticeState> findAll() {
        return new ArrayList<>(states.values());
    }

    @Override
    public synchronized void saveAll(Collection<NoticeState> changed) {
        batches++;
        changed.forEach(state -> states.put(state.telegramId(), state));
    }

    public synchronized Optional<NoticeState> stored(long telegramId) {
        return Optional.ofNullable(states.get(new TelegramId(telegramId)));
    }

    /** How many times {@link #saveAll} was called. */
    public synchronized int batches() {
        return batches;
    }
}
