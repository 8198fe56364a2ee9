package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.domain.botuser.NoticeState;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.DisabledReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reminders already sent, in {@code bot_notice_states}: one query to read all, one batch to save. */
public final class JdbcNoticeStateRepository implements NoticeStateRepositoryPort {
    private static final String FIND_ALL = """
            SELECT telegram_id, quota_reminded, expiry_reminded, disabled_notified FROM bot_notice_states""";

    private static final String SAVE = """
            INSERT INTO bot_notice_states (telegram_id, quota_reminded, expiry_reminded, disabled_notified)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (telegram_id) DO UPDATE SET
                quota_reminded = excluded.quota_reminded, expiry_reminded = excluded.expiry_reminded,
                disabled_notified = excluded.disabled_notified""";

    private final Jdbc jdbc;
    private final JdbcUnitOfWork unitOfWork;

    public JdbcNoticeStateRepository(Database database) {
        Objects.requireNonNull(database, "database");
        this.jdbc = new Jdbc(database);
        this.unitOfWork = new JdbcUnitOfWork(database);
    }

    @Override
    public List<NoticeState> findAll() {
        return Collections.unmodifiableList(jdbc.list(FIND_ALL, Jdbc.Binder.NONE, JdbcNoticeStateRepository::read));
    }

    /**
     * All or nothing: joins the caller's transaction (in a savepoint) or runs in its own, so a state
     * the database refuses (a user who is not registered) undoes the whole batch. Outside a
     * transaction each statement of a JDBC batch would otherwise commit on its own.
     */
    @Override
    public void saveAll(Collection<NoticeState> states) {
        Objects.requireNonNull(states, "states");
        if (states.isEmpty()) {
            return;
        }
        unitOfWork.run(() -> jdbc.batch(SAVE, states, (s, state) -> {
            s.setLong(1, state.telegramId().value());
            s.setInt(2, state.quotaReminded() ? 1 : 0);
            s.setInt(3, state.expiryReminded() ? 1 : 0);
            Jdbc.setNullable(s, 4, state.disabledNotified().map(DisabledReason::wireName).orElse(null));
        }));
    }

    private static NoticeState read(ResultSet rows) throws SQLException {
        String disabled = rows.getString("disabled_notified");
        return new NoticeState(new TelegramId(rows.getLong("telegram_id")), rows.getInt("quota_reminded") == 1,
                rows.getInt("expiry_reminded") == 1, Optional.ofNullable(disabled).map(DisabledReason::fromWireName));
    }
}
