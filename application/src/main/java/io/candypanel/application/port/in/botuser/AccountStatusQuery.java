package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** Whose account status to show. */
public record AccountStatusQuery(TelegramId telegramId) {
    public AccountStatusQuery {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
