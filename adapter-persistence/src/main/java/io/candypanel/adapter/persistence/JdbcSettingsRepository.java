package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings as key/value rows keyed by {@link SettingKey#wireName()}. A stored key this version does
 * not know (written by a newer or older panel) is skipped on load rather than failing every request.
 */
public final class JdbcSettingsRepository implements SettingsRepositoryPort {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSettingsRepository.class);

    private static final String LOAD = """
            SELECT key, value FROM settings""";

    /** Portable upsert: SQLite 3.24+ and PostgreSQL 9.5+ share this syntax. */
    private static final String UPSERT = """
            INSERT INTO settings (key, value) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value""";

    private final Jdbc jdbc;
    private final JdbcUnitOfWork unitOfWork;

    public JdbcSettingsRepository(Database database) {
        Objects.requireNonNull(database, "database");
        this.jdbc = new Jdbc(database);
        this.unitOfWork = new JdbcUnitOfWork(database);
    }

    @Override
    public Settings load() {
        List<Map.Entry<String, String>> rows = jdbc.list(LOAD, Jdbc.Binder.NONE,
                r -> Map.entry(r.getString("key"), r.getString("value")));
        Map<SettingKey, String> stored = new EnumMap<>(SettingKey.class);
        for (Map.Entry<String, String> row : rows) {
            Optional<SettingKey> key = SettingKey.fromWireName(row.getKey());
            if (key.isPresent()) {
                stored.put(key.get(), row.getValue());
            } else {
                LOG.debug("Ignoring unknown stored setting '{}'.", row.getKey());
            }
        }
        return new Settings(stored);
    }

    /** All values or none: joins the caller's transaction, or runs in its own. */
    @Override
    public void saveAll(Map<SettingKey, String> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return;
        }
        List<Map.Entry<SettingKey, String>> entries = List.copyOf(values.entrySet());
        unitOfWork.run(() -> jdbc.batch(UPSERT, entries, (statement, entry) -> {
            statement.setString(1, entry.getKey().wireName());
            statement.setString(2, Objects.requireNonNull(entry.getValue(), "value of " + entry.getKey().wireName()));
        }));
    }
}
