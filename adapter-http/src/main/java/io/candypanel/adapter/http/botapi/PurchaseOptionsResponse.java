package io.candypanel.adapter.http.botapi;

import io.candypanel.application.port.in.order.PurchaseOptions;

/** {@code data} of {@code initiate_purchase}: the card to pay to and the prices. */
record PurchaseOptionsResponse(String adminCardNumber, PricesResponse prices) {

    static PurchaseOptionsResponse from(PurchaseOptions options) {
        return new PurchaseOptionsResponse(options.adminCardNumber(), PricesResponse.from(options.prices()));
    }
}
