package io.candypanel.adapter.http.botapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.candypanel.application.port.in.botuser.BotAdminCheck;
import io.candypanel.domain.botuser.TelegramId;

/** {@code data} of {@code check_admin}; {@code admin_telegram_id} is a string, {@code "0"} when no admin is set (as the setting). */
record AdminCheckResponse(@JsonProperty("is_admin") boolean isAdmin, String adminTelegramId) {
    static final String NO_ADMIN = "0";

    static AdminCheckResponse from(BotAdminCheck check) {
        return new AdminCheckResponse(check.isAdmin(), check.admin().map(TelegramId::toString).orElse(NO_ADMIN));
    }
}
