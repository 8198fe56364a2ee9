package io.candypanel.application.port.out.botuser;

import io.candypanel.domain.botuser.NoticeState;
import java.util.Collection;
import java.util.List;

/** What each bot user was already told (reminders). A user without a stored state was told nothing. */
public interface NoticeStateRepositoryPort {
    List<NoticeState> findAll();

    /** Inserts or replaces each state, in one batch. */
    void saveAll(Collection<NoticeState> states);
}
