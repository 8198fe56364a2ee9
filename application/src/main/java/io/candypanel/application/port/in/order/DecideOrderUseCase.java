package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.Transaction;

/**
 * The admin approves or rejects a pending order. An unknown order is {@link TransactionNotFoundException};
 * a decided one is {@code TRANSACTION_NOT_PENDING} (so of two concurrent approvals exactly one wins).
 */
public interface DecideOrderUseCase {
    /**
     * In one unit of work: creates the client {@code tguser_<telegram id>} on the interface of the
     * {@code bot_default_interface} setting, or extends the linked one, links it, records the purchase
     * and marks the order approved. A banned user's order is {@code USER_BANNED} (approval never unbans).
     */
    ApprovedOrder approve(DecideOrderCommand command);

    Transaction reject(DecideOrderCommand command);
}
