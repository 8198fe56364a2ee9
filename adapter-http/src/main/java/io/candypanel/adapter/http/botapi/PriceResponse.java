package io.candypanel.adapter.http.botapi;

import java.math.BigDecimal;

/** {@code data} of {@code calculate_price}. */
record PriceResponse(BigDecimal calculatedAmount) {
}
