package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

public record GetLicenseQuery(TelegramId telegramId) {
    public GetLicenseQuery {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
