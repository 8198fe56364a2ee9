package io.candypanel.adapter.http.setting;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.setting.UpdateSettingCommand;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.domain.setting.SettingKey;
import java.util.Objects;

/**
 * The {@code setting} resource of {@code POST /api/manage}. Unlike the original, every value passes
 * its key's validator, and an unknown key or one the panel maintains itself is refused (400 with
 * {@code UNKNOWN_SETTING} / {@code SETTING_NOT_WRITABLE}). Public only so that the server package can
 * route to it; see {@code HttpRoutes}.
 */
public final class SettingHandlers {
    /** Longer values are clipped in the audit note; the setting itself keeps the whole value. */
    static final int AUDITED_VALUE_LENGTH = 64;

    private final UpdateSettingUseCase updateSetting;

    public SettingHandlers(UpdateSettingUseCase updateSetting) {
        this.updateSetting = Objects.requireNonNull(updateSetting, "updateSetting");
    }

    /**
     * {@code key} and {@code value}. The value may be any JSON: a string is taken as it is, anything
     * else as its JSON text ({@code 1400} as {@code "1400"}, a price object as its JSON), since the
     * original's front end sends numbers and objects for some keys.
     */
    public ApiResponse update(ApiRequest request) {
        JsonFields fields = request.fields();
        String key = fields.string("key").filter(k -> !k.isEmpty()).orElse(null);
        String value = fields.jsonText("value").orElse(null);
        if (key == null || value == null) {
            throw RequestRejectedException.badRequest("Missing key or value for setting update.");
        }
        // Validates the key and the value; the use case only runs for a valid change.
        UpdateSettingCommand command = UpdateSettingCommand.of(key, value);
        updateSetting.update(command);
        return ApiResponse.ok("Changed!").audited(command.key().wireName(), auditDetail(command));
    }

    /** A masked setting (the bot token) is a secret: its value never reaches the audit log. */
    private static String auditDetail(UpdateSettingCommand command) {
        if (command.key().visibility() != SettingKey.Visibility.PUBLIC) {
            return "changed (secret value not recorded)";
        }
        return "set to " + JsonFields.printable(command.value().length() > AUDITED_VALUE_LENGTH
                ? command.value().substring(0, AUDITED_VALUE_LENGTH) + "..." : command.value());
    }
}
