package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Open conversations in {@code bot_conversations}, one row per user; one statement per call. */
public final class JdbcConversationRepository implements ConversationRepositoryPort {
    private static final String FIND = """
            SELECT telegram_id, step, vals, updated_at FROM bot_conversations
            WHERE telegram_id = ?""";

    /** Standard SQL upsert, understood by SQLite (3.24+) and PostgreSQL alike. */
    private static final String SAVE = """
            INSERT INTO bot_conversations (telegram_id, step, vals, updated_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (telegram_id) DO UPDATE SET
                step = excluded.step, vals = excluded.vals, updated_at = excluded.updated_at""";

    private static final String DELETE = "DELETE FROM bot_conversations WHERE telegram_id = ?";

    private final Jdbc jdbc;

    public JdbcConversationRepository(Database database) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
    }

    @Override
    public Optional<Conversation> find(TelegramId telegramId) {
        Objects.requireNonNull(telegramId, "telegramId");
        return jdbc.single(FIND, s -> s.setLong(1, telegramId.value()), JdbcConversationRepository::read);
    }

    /** The user must be registered (foreign key). */
    @Override
    public void save(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        jdbc.update(SAVE, s -> {
            s.setLong(1, conversation.telegramId().value());
            s.setString(2, conversation.step());
            s.setString(3, encode(conversation.values()));
            s.setLong(4, Jdbc.millis(conversation.updatedAt()));
        });
    }

    @Override
    public void delete(TelegramId telegramId) {
        Objects.requireNonNull(telegramId, "telegramId");
        jdbc.update(DELETE, s -> s.setLong(1, telegramId.value()));
    }

    static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static Conversation read(ResultSet rows) throws SQLException {
        return new Conversation(new TelegramId(rows.getLong("telegram_id")), rows.getString("step"),
                decode(rows.getString("vals")), Jdbc.instant(rows.getLong("updated_at")));
    }
}
