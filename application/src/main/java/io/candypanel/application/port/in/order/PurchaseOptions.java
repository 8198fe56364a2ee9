package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.PriceList;
import java.util.Objects;

/** The {@code admin_card_number} setting (empty when not set) and the parsed {@code prices}. */
public record PurchaseOptions(String adminCardNumber, PriceList prices) {
    public PurchaseOptions {
        Objects.requireNonNull(adminCardNumber, "adminCardNumber");
        Objects.requireNonNull(prices, "prices");
    }
}
