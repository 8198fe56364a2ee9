package io.candypanel.application.port.out.setting;

import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.util.Map;

/** Stored settings; keys never stored read as their defaults. */
public interface SettingsRepositoryPort {
    Settings load();

    /** Inserts or replaces the given values (already validated). */
    void saveAll(Map<SettingKey, String> values);
}
