package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.order.QuoteQuery;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;

/** {@code calculate_price}, and {@code buy_traffic_request} without an order id: a plan to price. */
record PriceRequest(TelegramId telegramId, Purchase purchase) {

    static PriceRequest from(JsonFields fields) {
        return new PriceRequest(BotFields.caller(fields), BotFields.purchase(fields));
    }

    QuoteQuery toQuery() {
        return new QuoteQuery(telegramId, purchase);
    }
}
