package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.Transaction;

/**
 * The admin rejects a pending order, with an optional note, and the buyer is told. Unknown:
 * {@link TransactionNotFoundException}; already decided: {@code TRANSACTION_NOT_PENDING}.
 */
public interface RejectOrderUseCase {
    Transaction reject(DecideOrderCommand command);
}
