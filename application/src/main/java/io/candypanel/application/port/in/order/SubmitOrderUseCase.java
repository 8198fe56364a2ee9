package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.Transaction;

/**
 * Stores a pending order with the amount computed by the server, then tells the admin (a failed
 * notification does not fail the order). Unknown user: {@code BotUserNotFoundException}; banned:
 * {@code USER_BANNED}; a unit without a price: {@code PRICE_NOT_CONFIGURED}; a reused order id:
 * {@code ORDER_ID_TAKEN}.
 */
public interface SubmitOrderUseCase {
    Transaction submit(SubmitOrderCommand command);
}
