package io.candypanel.application.port.out.order;

import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.util.List;
import java.util.Optional;

/** Stored orders. Inside a {@code UnitOfWorkPort} transaction every call joins that transaction. */
public interface TransactionRepositoryPort {
    Optional<Transaction> findByOrderId(OrderId orderId);

    boolean existsByOrderId(OrderId orderId);

    void insert(Transaction transaction);

    /** Saves the decision (status, decided at, admin note) of an existing order. */
    void update(Transaction transaction);

    /**
     * One page of orders, newest request first (ties by order id); {@code status} empty means all.
     * {@code offset} &ge; 0, {@code limit} &gt; 0.
     */
    List<Transaction> findPage(Optional<TransactionStatus> status, int offset, int limit);

    /** How many orders match; {@code status} empty means all. */
    long count(Optional<TransactionStatus> status);
}
