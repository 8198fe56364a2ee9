package io.candypanel.application.port.in.order;

/**
 * The admin approves a pending order. In one unit of work: creates the client {@code tguser_<telegram id>}
 * on the interface of the {@code bot_default_interface} setting, or extends the linked one, links it,
 * records the purchase and marks the order approved; then adds the peer and tells the buyer. An unknown
 * order is {@link TransactionNotFoundException}; a decided one {@code TRANSACTION_NOT_PENDING} (so of two
 * concurrent approvals exactly one wins); a banned buyer's order {@code USER_BANNED} (approval never unbans).
 */
public interface ApproveOrderUseCase {
    ApprovedOrder approve(DecideOrderCommand command);
}
