package io.candypanel.application.fakes;

import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Orders in a map; hands out copies, as a database would. */
public final class InMemoryTransactionRepository implements TransactionRepositoryPort {
    private final Map<OrderId, Transaction> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Transaction> findByOrderId(OrderId orderId) {
        return Optional.ofNullable(rows.get(orderId)).map(InMemoryTransactionRepository::copy);
    }

    @Override
    public synchronized boolean existsByOrderId(OrderId orderId) {
        return rows.containsKey(orderId);
    }

    @Override
    public synchronized void insert(Transaction transaction) {
        if (rows.containsKey(transaction.orderId())) {
            throw new IllegalStateException("duplicate order id " + transaction.orderId());
        }
        rows.put(transaction.orderId(), copy(transaction));
    }

    @Override
    public synchronized void update(Transaction transaction) {
        if (!rows.containsKey(transaction.orderId())) {
            throw new IllegalStateException("no order " + transaction.orderId());
        }
        rows.put(transaction.orderId(), copy(transaction));
    }

    @Override
    public synchronized List<Transaction> findPage(Optional<TransactionStatus> status, int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset >= 0 and limit > 0");
        }
        return rows.values().stream()
                .filter(t -> status.map(s -> t.status() == s).orElse(true))
                .sorted(Comparator.comparing(Transaction::requestedAt).reversed()
                        .thenComparing(t -> t.orderId().value()))
                .skip(offset)
                .limit(limit)
                .map(InMemoryTransactionRepository::copy)
                .toList();
    }

    @Override
    public synchronized long count(Optional<TransactionStatus> status) {
        return rows.values().stream().filter(t -> status.map(s -> t.status() == s).orElse(true)).count();
    }

    /** Test helper: the stored row. */
    public synchronized Optional<Transaction> stored(String orderId) {
        return findByOrderId(new OrderId(orderId));
    }

    public static Transaction copy(Transaction t) {
        return Transaction.restore(t.orderId(), t.telegramId(), t.purchase(), t.amount(), t.cardText(), t.requestedAt(),
                t.status(), t.decidedAt(), t.adminNote());
    }

    /**
     * A unit of work that serialises transactions with one lock, as the real one serialises write
     * transactions; for tests of concurrent use cases ({@link DirectUnitOfWork} does not serialise).
     */
    public static final class SerialUnitOfWork implements UnitOfWorkPort {
        private final ReentrantLock lock = new ReentrantLock();
        private int transactions;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            lock.lock();
            try {
                transactions++;
                return work.get();
            } finally {
                lock.unlock();
            }
        }

        public int transactions() {
            lock.lock();
            try {
                return transactions;
            } finally {
                lock.unlock();
            }
        }
    }
}
