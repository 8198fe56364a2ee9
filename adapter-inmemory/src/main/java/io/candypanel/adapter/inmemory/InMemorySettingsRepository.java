package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Settings as key/value rows; keys never stored read as their defaults. {@link #saveAll} is all or nothing. */
final class InMemorySettingsRepository implements SettingsRepositoryPort {
    private final Store store;

    InMemorySettingsRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Settings load() {
        Map<SettingKey, String> stored = new EnumMap<>(SettingKey.class);
        stored.putAll(store.read(Tables.SETTINGS));
        return new Settings(stored);
    }

    @Override
    public void saveAll(Map<SettingKey, String> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return;
        }
        values.forEach((key, value) -> {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, () -> "value of " + key.wireName());
        });
        store.inTransaction(() -> {
            store.write(Tables.SETTINGS).putAll(values);
            return null;
        });
    }
}
