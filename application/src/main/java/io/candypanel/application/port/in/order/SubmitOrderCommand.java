package io.candypanel.application.port.in.order;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.OrderId;
import java.util.Objects;

/** An order as the buyer sends it. There is no amount: the server computes it from the prices. */
public record SubmitOrderCommand(TelegramId telegramId, OrderId orderId, Purchase purchase, CardText cardText) {
    public SubmitOrderCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(cardText, "cardText");
    }
}
