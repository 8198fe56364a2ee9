package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.PurchaseKind;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Orders in the {@code bot_transactions} table, one query per call. The amount is stored as the exact
 * decimal text ({@link BigDecimal#toPlainString()}), never as a floating-point number. Inside a
 * {@link JdbcUnitOfWork} transaction every call joins it.
 */
public final class JdbcTransactionRepository implements TransactionRepositoryPort {
    private static final String COLUMNS = "order_id, telegram_id, purchase_kind, months, gigabytes, amount, card_text,"
            + " status, requested_at, decided_at, admin_note";

    private static final String FIND_BY_ID = """
            SELECT %s FROM bot_transactions
            WHERE order_id = ?""".formatted(COLUMNS);

    private static final String EXISTS_BY_ID = """
            SELECT COUNT(*) FROM bot_transactions WHERE order_id = ?""";

    private static final String INSERT = """
            INSERT INTO bot_transactions (%s)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(COLUMNS);

    /** Only the decision changes once an order is placed. */
    private static final String UPDATE = """
            UPDATE bot_transactions SET status = ?, decided_at = ?, admin_note = ?
            WHERE order_id = ?""";

    /** Newest request first, ties by order id; a status filter walks ix_bot_transactions_status_requested_at. */
    private static final String PAGE_ALL = """
            SELECT %s FROM bot_transactions
            ORDER BY requested_at DESC, order_id
            LIMIT ? OFFSET ?""".formatted(COLUMNS);

    private static final String PAGE_BY_STATUS = """
            SELECT %s FROM bot_transactions
            WHERE status = ?
            ORDER BY requested_at DESC, order_id
            LIMIT ? OFFSET ?""".formatted(COLUMNS);

    private static final String COUNT_ALL = """
            SELECT COUNT(*) FROM bot_transactions""";

    private static final String COUNT_BY_STATUS = """
            SELECT COUNT(*) FROM bot_transactions WHERE status = ?""";

    private final Jdbc jdbc;

    public JdbcTransactionRepository(Database database) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
    }

    @Override
    public Optional<Transaction> findByOrderId(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return jdbc.single(FIND_BY_ID, s -> s.setString(1, orderId.value()), JdbcTransactionRepository::read);
    }

    @Override
    public boolean existsByOrderId(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return jdbc.number(EXISTS_BY_ID, s -> s.setString(1, orderId.value())) > 0;
    }

    /**
     * A second order with the same id, or an order of a user who is not stored, is refused by the
     * database (primary key, foreign key).
     */
    @Override
    public void insert(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        Purchase purchase = transaction.purchase();
        jdbc.update(INSERT, s -> {
            s.setString(1, transaction.orderId().value());
            s.setLong(2, transaction.telegramId().value());
            s.setString(3, purchase.kind().wireName());
            s.setInt(4, purchase.months());
            s.setLong(5, purchase.gigabytes());
            s.setString(6, transaction.amount().amount().toPlainString());
            s.setString(7, transaction.cardText().value());
            s.setString(8, transaction.status().wireName());
            s.setLong(9, Jdbc.millis(transaction.requestedAt()));
            Jdbc.setNullable(s, 10, transaction.decidedAt().map(Jdbc::millis).orElse(null));
            s.setString(11, transaction.adminNote());
        });
    }

    /** Throws {@link TransactionNotFoundException} when the order is not stored, rather than losing the change. */
    @Override
    public void update(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        int changed = jdbc.update(UPDATE, s -> {
            s.setString(1, transaction.status().wireName());
            Jdbc.setNullable(s, 2, transaction.decidedAt().map(Jdbc::millis).orElse(null));
            s.setString(3, transaction.adminNote());
            s.setString(4, transaction.orderId().value());
        });
        if (changed == 0) {
            throw new TransactionNotFoundException(transaction.orderId());
        }
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
        List<Transaction> page = status.isPresent()
                ? jdbc.list(PAGE_BY_STATUS, s -> {
                    s.setString(1, status.get().wireName());
                    s.setInt(2, limit);
                    s.setInt(3, offset);
                }, JdbcTransactionRepository::read)
                : jdbc.list(PAGE_ALL, s -> {
                    s.setInt(1, limit);
                    s.setInt(2, offset);
                }, JdbcTransactionRepository::read);
        return Collections.unmodifiableList(page);
    }

    @Override
    public long count(Optional<TransactionStatus> status) {
        Objects.requireNonNull(status, "status");
        return status.isPresent()
                ? jdbc.number(COUNT_BY_STATUS, s -> s.setString(1, status.get().wireName()))
                : jdbc.number(COUNT_ALL, Jdbc.Binder.NONE);
    }

    private static Transaction read(ResultSet rows) throws SQLException {
        long decidedAt = rows.getLong("decided_at");
        Optional<Instant> decided = rows.wasNull() ? Optional.empty() : Optional.of(Jdbc.instant(decidedAt));
        Purchase purchase = new Purchase(PurchaseKind.fromWireName(rows.getString("purchase_kind")),
                rows.getInt("months"), rows.getLong("gigabytes"));
        return Transaction.restore(new OrderId(rows.getString("order_id")), new TelegramId(rows.getLong("telegram_id")),
                purchase, new Money(new BigDecimal(rows.getString("amount"))), new CardText(rows.getString("card_text")),
                Jdbc.instant(rows.getLong("requested_at")), TransactionStatus.fromWireName(rows.getString("status")),
                decided, rows.getString("admin_note"));
    }
}
