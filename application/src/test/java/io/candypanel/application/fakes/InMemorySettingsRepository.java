package io.candypanel.application.fakes;

import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.util.EnumMap;
import java.util.Map;

public final class InMemorySettingsRepository implements SettingsRepositoryPort {
    private final Map<SettingKey, String> rows = new EnumMap<>(SettingKey.class);

    @Override
    public synchronized Settings load() {
        return new Settings(new EnumMap<>(rows));
    }

    @Override
    public synchronized void saveAll(Map<SettingKey, String> values) {
        rows.putAll(values);
    }

    /** Test helper: the keys actually written (defaults are not rows). */
    public synchronized Map<SettingKey, String> rows() {
        return Map.copyOf(rows);
    }
}
