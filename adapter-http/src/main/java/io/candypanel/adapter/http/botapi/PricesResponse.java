package io.candypanel.adapter.http.botapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.candypanel.domain.transaction.PriceList;
import java.math.BigDecimal;

/** The price list under the original's keys, {@code {"1GB": 4000, "1Month": 75000}}; 0 = not configured. */
record PricesResponse(@JsonProperty("1GB") BigDecimal pricePerGb, @JsonProperty("1Month") BigDecimal pricePerMonth) {

    static PricesResponse from(PriceList prices) {
        return new PricesResponse(prices.pricePerGb().amount(), prices.pricePerMonth().amount());
    }
}
