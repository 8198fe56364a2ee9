package io.candypanel.application.port.in.order;

import io.candypanel.application.port.in.NotFoundException;
import io.candypanel.domain.transaction.OrderId;

/** No order has this order id. */
public final class TransactionNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public TransactionNotFoundException(OrderId orderId) {
        super("TRANSACTION_NOT_FOUND", "Transaction " + orderId + " not found.");
    }
}
