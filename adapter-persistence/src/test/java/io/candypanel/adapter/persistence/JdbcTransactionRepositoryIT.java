package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTransactionRepositoryIT {
    private static final TelegramId BUYER = new TelegramId(1001);

    @TempDir
    Path temp;

    private Database database;
    private JdbcTransactionRepository transactions;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        transactions = new JdbcTransactionRepository(database);
        new JdbcBotUserRepository(database).insert(BotUser.create(BUYER, Fixtures.T0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    static void assertSameTransaction(Transaction expected, Transaction actual) {
        assertEquals(expected.orderId(), actual.orderId());
        assertEquals(expected.telegramId(), actual.telegramId());
        assertEquals(expected.purchase(), actual.purchase());
        assertEquals(expected.amount(), actual.amount());
        assertEquals(expected.cardText(), actual.cardText());
        assertEquals(expected.requestedAt(), actual.requestedAt());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.decidedAt(), actual.decidedAt());
        assertEquals(expected.adminNote(), actual.adminNote());
    }

    private static Transaction pending(String orderId, Instant requestedAt, Purchase purchase, String amount) {
        return Transaction.restore(new OrderId(orderId), BUYER, purchase, Money.of(amount), new CardText("6037-9912 Ali R."),
                requestedAt, TransactionStatus.PENDING, Optional.empty(), "");
    }

    private List<String> ids(List<Transaction> page) {
        return page.stream().map(t -> t.orderId().value()).toList();
    }

    @Test
    void aDecidedOrderRoundTripsWithEveryFieldAndAnExactAmount() {
        Transaction order = Transaction.restore(new OrderId("REF-123_x"), BUYER, Purchase.custom(3, 25),
                Money.of("123456789012345678.0123456789"), new CardText("کارت ملی 6037"), Fixtures.T0,
                TransactionStatus.REJECTED, Optional.of(Fixtures.T0.plusSeconds(60)), "wrong amount\nplease retry");

        transactions.insert(order);

        assertSameTransaction(order, transactions.findByOrderId(order.orderId()).orElseThrow());
        assertEquals("123456789012345678.0123456789", Fixtures.queryString(database, "SELECT amount FROM bot_transactions"));
        assertEquals("text", Fixtures.queryString(database, "SELECT typeof(amount) FROM bot_transactions"));
        assertEquals("custom", Fixtures.queryString(database, "SELECT purchase_kind FROM bot_transactions"));
        assertEquals("rejected", Fixtures.queryString(database, "SELECT status FROM bot_transactions"));
    }

    @Test
    void aPendingOrderRoundTripsWithoutADecision() {
        Transaction order = pending("p1", Fixtures.T0, Purchase.gb(10), "4000.50");

        transactions.insert(order);

        Transaction stored = transactions.findByOrderId(new OrderId("p1")).orElseThrow();
        assertSameTransaction(order, stored);
        assertEquals(Optional.empty(), stored.decidedAt());
        assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM bot_transactions WHERE decided_at IS NULL"));
        assertEquals(Optional.empty(), transactions.findByOrderId(new OrderId("p2")));
        assertTrue(transactions.existsByOrderId(new OrderId("p1")));
        assertFalse(transactions.existsByOrderId(new OrderId("p2")));
    }

    @Test
    void theDatabaseRejectsADuplicateOrderId() {
        transactions.insert(pending("dup", Fixtures.T0, Purchase.gb(1), "10"));

        PersistenceException e = assertThrows(PersistenceException.class,
                () -> transactions.insert(pending("dup", Fixtures.T0.plusSeconds(5), Purchase.months(1), "20")));

        assertTrue(e.getMessage().contains("bot_transactions.order_id"), e.getMessage());
        assertEquals(1, transactions.count(Optional.empty()));
        assertEquals(Money.of("10"), transactions.findByOrderId(new OrderId("dup")).orElseThrow().amount());
    }

    @Test
    void theDatabaseRefusesAnOrderOfAnUnknownUser() {
        Transaction stranger = Transaction.restore(new OrderId("x1"), new TelegramId(777), Purchase.gb(1), Money.of("1"),
                new CardText("card"), Fixtures.T0, TransactionStatus.PENDING, Optional.empty(), "");

        PersistenceException e = assertThrows(PersistenceException.class, () -> transactions.insert(stranger));

        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        assertEquals(0, transactions.count(Optional.empty()));
    }

    @Test
    void anUpdateSavesTheDecision() {
        Transaction order = pending("o1", Fixtures.T0, Purchase.months(2), "8000");
        transactions.insert(order);

        order.approve(Fixtures.T0.plusSeconds(3600), "ok, thanks");
        transactions.update(order);

        Transaction stored = transactions.findByOrderId(order.orderId()).orElseThrow();
        assertSameTransaction(order, stored);
        assertEquals(TransactionStatus.APPROVED, stored.status());
        assertEquals(Optional.of(Fixtures.T0.plusSeconds(3600)), stored.decidedAt());
        assertEquals("ok, thanks", stored.adminNote());
    }

    @Test
    void updatingAnUnknownOrderIsNotFound() {
        assertThrows(TransactionNotFoundException.class,
                () -> transactions.update(pending("ghost", Fixtures.T0, Purchase.gb(1), "1")));
    }

    @Test
    void pagesAreNewestFirstWithTiesByOrderIdAndFilteredByStatus() {
        List<Transaction> all = new ArrayList<>();
        all.add(pending("a", Fixtures.T0.plusSeconds(1), Purchase.gb(1), "1"));
        all.add(pending("c", Fixtures.T0.plusSeconds(5), Purchase.gb(1), "1"));
        all.add(pending("b", Fixtures.T0.plusSeconds(5), Purchase.gb(1), "1"));
        all.add(pending("d", Fixtures.T0.plusSeconds(9), Purchase.gb(1), "1"));
        all.add(pending("e", Fixtures.T0.plusSeconds(3), Purchase.gb(1), "1"));
        for (Transaction t : all) {
            transactions.insert(t);
        }
        Transaction b = all.get(2);
        b.approve(Fixtures.T0.plusSeconds(20), null);
        transactions.update(b);
        Transaction e = all.get(4);
        e.reject(Fixtures.T0.plusSeconds(20), "no");
        transactions.update(e);

        assertEquals(List.of("d", "b", "c", "e", "a"), ids(transactions.findPage(Optional.empty(), 0, 10)));
        assertEquals(List.of("d", "b"), ids(transactions.findPage(Optional.empty(), 0, 2)));
        assertEquals(List.of("c", "e"), ids(transactions.findPage(Optional.empty(), 2, 2)));
        assertEquals(List.of("a"), ids(transactions.findPage(Optional.empty(), 4, 2)));
        assertEquals(List.of(), ids(transactions.findPage(Optional.empty(), 5, 2)));
        assertEquals(List.of("d", "c", "a"), ids(transactions.findPage(Optional.of(TransactionStatus.PENDING), 0, 10)));
        assertEquals(List.of("c", "a"), ids(transactions.findPage(Optional.of(TransactionStatus.PENDING), 1, 10)));
        assertEquals(List.of("b"), ids(transactions.findPage(Optional.of(TransactionStatus.APPROVED), 0, 10)));
        assertEquals(List.of("e"), ids(transactions.findPage(Optional.of(TransactionStatus.REJECTED), 0, 10)));

        assertEquals(5, transactions.count(Optional.empty()));
        assertEquals(3, transactions.count(Optional.of(TransactionStatus.PENDING)));
        assertEquals(1, transactions.count(Optional.of(TransactionStatus.APPROVED)));
        assertEquals(1, transactions.count(Optional.of(TransactionStatus.REJECTED)));
    }

    @Test
    void invalidPagingArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> transactions.findPage(Optional.empty(), -1, 10));
        assertThrows(IllegalArgumentException.class, () -> transactions.findPage(Optional.empty(), 0, 0));
    }

    @Test
    void aFilteredPageUsesTheStatusIndex() {
        String plan = database.withConnection(connection -> {
            StringBuilder text = new StringBuilder();
            try (var statement = connection.prepareStatement(
                    "EXPLAIN QUERY PLAN SELECT order_id FROM bot_transactions WHERE status = 'pending'"
                            + " ORDER BY requested_at DESC, order_id LIMIT 10 OFFSET 0");
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    text.append(rows.getString("detail")).append('\n');
                }
            }
            return text.toString();
        });

        assertTrue(plan.contains("ix_bot_transactions_status_requested_at"), plan);
    }

    @Test
    void anInsertInsideARolledBackTransactionIsNotKept() {
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);

        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            transactions.insert(pending("undone", Fixtures.T0, Purchase.gb(1), "1"));
            throw new IllegalStateException("the change failed");
        }));

        assertFalse(transactions.existsByOrderId(new OrderId("undone")));
    }
}
