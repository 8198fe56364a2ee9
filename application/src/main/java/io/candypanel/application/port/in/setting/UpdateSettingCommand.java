package io.candypanel.application.port.in.setting;

import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.setting.SettingKey;
import java.util.Objects;

/** Key by its wire name, value already validated and normalised by the key's rule. */
public record UpdateSettingCommand(SettingKey key, String value) {
    public UpdateSettingCommand {
        Objects.requireNonNull(key, "key");
        if (!key.isAdminWritable()) {
            throw new InvalidValueException("SETTING_NOT_WRITABLE", "Setting '" + key.wireName() + "' is maintained by the panel and cannot be changed.");
        }
        try {
            value = key.validate(value);
        } catch (InvalidValueException e) {
            // The contract: a 400 names the field and the rule.
            if (e.getMessage().contains(key.wireName())) {
                throw e;
            }
            throw new InvalidValueException(e.code(), "Setting '" + key.wireName() + "': " + e.getMessage());
        }
    }

    /** Parses a wire name; an unknown key is a 400 naming it. */
    public static UpdateSettingCommand of(String key, String value) {
        SettingKey settingKey = SettingKey.fromWireName(key == null ? "" : key).orElseThrow(() ->
                new InvalidValueException("UNKNOWN_SETTING", "Unknown setting '" + printable(key) + "'."));
        return new UpdateSettingCommand(settingKey, value);
    }

    private static String printable(String key) {
        String shown = key == null ? "" : key.length() > 64 ? key.substring(0, 64) + "..." : key;
        return shown.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    }
}
