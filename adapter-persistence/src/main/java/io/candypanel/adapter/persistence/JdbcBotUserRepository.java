package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.BotUserStatus;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.ClientName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bot users in the {@code bot_users} table, one query per call. Inside a {@link JdbcUnitOfWork}
 * transaction every call joins it.
 */
public final class JdbcBotUserRepository implements BotUserRepositoryPort {
    private static final String COLUMNS =
            "telegram_id, client_name, traffic_bought_mib, days_bought, status, language, created_at";

    private static final String FIND_BY_ID = """
            SELECT %s FROM bot_users
            WHERE telegram_id = ?""".formatted(COLUMNS);

    /** Oldest registration first, ties by Telegram id. */
    private static final String FIND_ALL = """
            SELECT %s FROM bot_users
            ORDER BY created_at, telegram_id""".formatted(COLUMNS);

    private static final String INSERT = """
            INSERT INTO bot_users (%s)
            VALUES (?, ?, ?, ?, ?, ?, ?)""".formatted(COLUMNS);

    /** Every mutable field; the id and the registration instant never change. */
    private static final String UPDATE = """
            UPDATE bot_users SET
                client_name = ?, traffic_bought_mib = ?, days_bought = ?, status = ?, language = ?
            WHERE telegram_id = ?""";

    private final Jdbc jdbc;

    public JdbcBotUserRepository(Database database) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
    }

    @Override
    public Optional<BotUser> findByTelegramId(TelegramId telegramId) {
        Objects.requireNonNull(telegramId, "telegramId");
        return jdbc.single(FIND_BY_ID, s -> s.setLong(1, telegramId.value()), JdbcBotUserRepository::read);
    }

    @Override
    public List<BotUser> findAll() {
        return Collections.unmodifiableList(jdbc.list(FIND_ALL, Jdbc.Binder.NONE, JdbcBotUserRepository::read));
    }

    /** A second user with the same Telegram id or client name is refused by the database. */
    @Override
    public void insert(BotUser botUser) {
        Objects.requireNonNull(botUser, "botUser");
        jdbc.update(INSERT, s -> {
            s.setLong(1, botUser.telegramId().value());
            Jdbc.setNullable(s, 2, botUser.clientName().map(ClientName::value).orElse(null));
            s.setLong(3, botUser.trafficBoughtMib());
            s.setLong(4, botUser.daysBought());
            s.setString(5, botUser.status().wireName());
            s.setString(6, botUser.language().wireName());
            s.setLong(7, Jdbc.millis(botUser.createdAt()));
        });
    }

    /** Throws {@link BotUserNotFoundException} when the user is not stored, rather than losing the change. */
    @Override
    public void update(BotUser botUser) {
        Objects.requireNonNull(botUser, "botUser");
        int changed = jdbc.update(UPDATE, s -> {
            Jdbc.setNullable(s, 1, botUser.clientName().map(ClientName::value).orElse(null));
            s.setLong(2, botUser.trafficBoughtMib());
            s.setLong(3, botUser.daysBought());
            s.setString(4, botUser.status().wireName());
            s.setString(5, botUser.language().wireName());
            s.setLong(6, botUser.telegramId().value());
        });
        if (changed == 0) {
            throw new BotUserNotFoundException(botUser.telegramId());
        }
    }

    private static BotUser read(ResultSet rows) throws SQLException {
        String clientName = rows.getString("client_name");
        return BotUser.restore(new TelegramId(rows.getLong("telegram_id")),
                Optional.ofNullable(clientName).map(ClientName::new),
                rows.getLong("traffic_bought_mib"), rows.getLong("days_bought"),
                BotUserStatus.fromWireName(rows.getString("status")), Language.fromWireName(rows.getString("language")),
                Jdbc.instant(rows.getLong("created_at")));
    }
}
