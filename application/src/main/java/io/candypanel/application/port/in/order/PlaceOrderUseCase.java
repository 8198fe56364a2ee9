package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.Transaction;

/**
 * A registered, not banned user prices and places an order. Unknown user: {@code BotUserNotFoundException};
 * banned: {@code USER_BANNED}; a unit without a price: {@code PRICE_NOT_CONFIGURED}.
 */
public interface PlaceOrderUseCase {
    /** What the purchase costs with the current {@code prices} setting. */
    Money quote(QuoteQuery query);

    /**
     * Stores a pending order with the amount computed by the server, then tells the admin (a failed
     * notification does not fail the order). A reused order id is {@code ORDER_ID_TAKEN}.
     */
    Transaction submit(SubmitOrderCommand command);
}
