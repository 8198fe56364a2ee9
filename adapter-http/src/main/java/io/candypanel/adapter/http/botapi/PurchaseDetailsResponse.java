package io.candypanel.adapter.http.botapi;

import io.candypanel.application.port.in.order.PurchaseOptions;
import io.candypanel.domain.transaction.Money;
import java.math.BigDecimal;

/** {@code data} of {@code buy_traffic_request} without an order id: where to pay, the prices and this plan's price. */
record PurchaseDetailsResponse(String adminCardNumber, PricesResponse prices, BigDecimal calculatedAmount) {

    static PurchaseDetailsResponse from(PurchaseOptions options, Money amount) {
        return new PurchaseDetailsResponse(options.adminCardNumber(), PricesResponse.from(options.prices()), amount.amount());
    }
}
