package io.candypanel.application.port.in.order;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

public record PurchaseOptionsQuery(TelegramId telegramId) {
    public PurchaseOptionsQuery {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
