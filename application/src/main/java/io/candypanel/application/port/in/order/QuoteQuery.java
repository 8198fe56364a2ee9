package io.candypanel.application.port.in.order;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** A registered user asks what a purchase would cost. */
public record QuoteQuery(TelegramId telegramId, Purchase purchase) {
    public QuoteQuery {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(purchase, "purchase");
    }
}
