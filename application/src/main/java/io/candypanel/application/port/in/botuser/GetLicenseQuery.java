package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** Whose wg-quick config to hand out. */
public record GetLicenseQuery(TelegramId telegramId) {
    public GetLicenseQuery {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
