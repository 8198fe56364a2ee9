package io.candypanel.application.port.in.order;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** Who asks for the card number and the price list. */
public record PurchaseOptionsQuery(TelegramId telegramId) {
    public PurchaseOptionsQuery {
        Objects.requireNonNull(telegramId, "telegramId");
    }
}
