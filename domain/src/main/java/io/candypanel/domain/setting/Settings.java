package io.candypanel.domain.setting;

import io.candypanel.domain.wginterface.Mtu;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A typed, immutable view of the stored settings; a key that was never stored has its default. */
public final class Settings {
    private final Map<SettingKey, String> values;

    public Settings(Map<SettingKey, String> stored) {
        Objects.requireNonNull(stored, "stored");
        EnumMap<SettingKey, String> all = new EnumMap<>(SettingKey.class);
        for (SettingKey key : SettingKey.values()) {
            all.put(key, stored.getOrDefault(key, key.defaultValue()));
        }
        this.values = Collections.unmodifiableMap(all);
    }

    public static Settings defaults() {
        return new Settings(Map.of());
    }

    public String get(SettingKey key) {
        return values.get(key);
    }

    /** A copy with one value changed (validated and normalised). */
    public Settings with(SettingKey key, String value) {
        EnumMap<SettingKey, String> changed = new EnumMap<>(values);
        changed.put(key, key.validate(value));
        return new Settings(changed);
    }

    public boolean isInstalled() {
        return "1".equals(get(SettingKey.INSTALLED));
    }

    public String dns() {
        return get(SettingKey.DNS);
    }

    public String endpointHost() {
        return get(SettingKey.CUSTOM_ENDPOINT);
    }

    public Mtu mtu() {
        return new Mtu(Integer.parseInt(get(SettingKey.MTU)));
    }

    public long sessionTtlHours() {
        return Long.parseLong(get(SettingKey.SESSION_TTL_HOURS));
    }

    public long bandwidthBytes() {
        return Long.parseLong(get(SettingKey.BANDWIDTH));
    }

    public long uptimeSeconds() {
        return Long.parseLong(get(SettingKey.UPTIME));
    }

    public String status() {
        return get(SettingKey.STATUS);
    }

    public List<String> alerts() {
        try {
            return MiniJson.parseStringArray(get(SettingKey.ALERT));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** All settings by wire name as an admin may see them: masked secrets shown by their last 4 characters only. */
    public Map<String, String> adminView() {
        Map<String, String> view = new LinkedHashMap<>();
        for (Map.Entry<SettingKey, String> entry : values.entrySet()) {
            String value = entry.getValue();
            if (entry.getKey().visibility() == SettingKey.Visibility.MASKED && !value.isEmpty()) {
                value = value.length() <= 4 ? "****" : "****" + value.substring(value.length() - 4);
            }
            view.put(entry.getKey().wireName(), value);
        }
        return view;
    }

    public Map<SettingKey, String> asMap() {
        return values;
    }
}
