package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Orders by order id; an order's buyer must be a stored bot user. {@link #update} stores the decision
 * (status, decision time, admin note) only. Pages are newest request first, ties by order id.
 */
final class InMemoryTransactionRepository implements TransactionRepositoryPort {
    private static final Comparator<Transaction> NEWEST_FIRST = Comparator.comparing(Transaction::requestedAt).reversed()
            .thenComparing(t -> t.orderId().value());

    private final Store store;

    InMemoryTransactionRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<Transaction> findByOrderId(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return Optional.ofNullable(store.read(Tables.BOT_TRANSACTIONS).get(orderId.value())).map(Copies::of);
    }

    @Override
    public boolean existsByOrderId(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return store.read(Tables.BOT_TRANSACTIONS).containsKey(orderId.value());
    }

    @Override
    public void insert(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        store.inTransaction(() -> {
            if (!store.read(Tables.BOT_USERS).containsKey(transaction.telegramId().value())) {
                throw new InMemoryConstraintException("bot_transactions.telegram_id references no bot user");
            }
            Map<String, Transaction> rows = store.write(Tables.BOT_TRANSACTIONS);
            if (rows.containsKey(transaction.orderId().value())) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: bot_transactions.order_id");
            }
            rows.put(transaction.orderId().value(), Copies.of(transaction));
            return null;
        });
    }

    /** Throws {@link TransactionNotFoundException} when the order is not stored. */
    @Override
    public void update(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        store.inTransaction(() -> {
            Map<String, Transaction> rows = store.write(Tables.BOT_TRANSACTIONS);
            Transaction stored = rows.get(transaction.orderId().value());
            if (stored == null) {
                throw new TransactionNotFoundException(transaction.orderId());
            }
            rows.put(stored.orderId().value(), Transaction.restore(stored.orderId(), stored.telegramId(), stored.purchase(),
                    stored.amount(), stored.cardText(), stored.requestedAt(), transaction.status(), transaction.decidedAt(),
                    transaction.adminNote()));
            return null;
        });
    }

    @Override
    public List<Transaction> findPage(Optional<TransactionStatus> status, int offset, int limit) {
        Objects.requireNonNull(status, "status");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return store.read(Tables.BOT_TRANSACTIONS).values().stream()
                .filter(t -> status.map(s -> t.status() == s).orElse(true))
                .sorted(NEWEST_FIRST)
                .skip(offset)
                .limit(limit)
                .map(Copies::of)
                .toList();
    }

    @Override
    public long count(Optional<TransactionStatus> status) {
        Objects.requireNonNull(status, "status");
        return store.read(Tables.BOT_TRANSACTIONS).values().stream()
                .filter(t -> status.map(s -> t.status() == s).orElse(true))
                .count();
    }
}
