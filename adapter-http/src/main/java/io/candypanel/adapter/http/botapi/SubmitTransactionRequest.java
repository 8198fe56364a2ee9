package io.candypanel.adapter.http.botapi;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.order.SubmitOrderCommand;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.OrderId;

/**
 * {@code submit_transaction}, and {@code buy_traffic_request} with an order id. An {@code amount} sent
 * by the caller is ignored: the server prices the order (the original trusted the caller's amount).
 */
record SubmitTransactionRequest(TelegramId telegramId, OrderId orderId, String cardNumberSent, Purchase purchase) {

    static SubmitTransactionRequest from(JsonFields fields) {
        return new SubmitTransactionRequest(BotFields.caller(fields), BotFields.orderId(fields),
                fields.requiredString("card_number_sent"), BotFields.purchase(fields));
    }

    SubmitOrderCommand toCommand() {
        return new SubmitOrderCommand(telegramId, orderId, purchase, validated("card_number_sent", () -> new CardText(cardNumberSent)));
    }
}
