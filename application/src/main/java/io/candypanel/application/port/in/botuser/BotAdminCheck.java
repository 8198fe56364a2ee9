package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;
import java.util.Optional;

/** @param admin the configured admin, empty when none is set */
public record BotAdminCheck(boolean isAdmin, Optional<TelegramId> admin) {
    public BotAdminCheck {
        Objects.requireNonNull(admin, "admin");
        if (isAdmin && admin.isEmpty()) {
            throw new IllegalArgumentException("nobody is admin when no admin is set");
        }
    }
}
