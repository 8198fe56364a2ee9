package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static io.candypanel.application.contract.ContractData.assertSameTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code TransactionRepositoryPort}: every field round-trips, the amount exactly;
 * order ids are unique and an order's buyer must be a stored bot user; an update stores the
 * decision; updating an unknown order is {@link TransactionNotFoundException}; pages are newest
 * request first, ties by order id, optionally filtered by status, and refuse a negative offset or a
 * limit below 1; an insert in a transaction that rolls back is not kept.
 */
public abstract class TransactionRepositoryContract extends StorageContract {
    private static final TelegramId BUYER = new TelegramId(1001);

    private TransactionRepositoryPort transactions;

    @BeforeEach
    public final void storeTheBuyer() {
        ports().botUsers().insert(BotUser.create(BUYER, T0));
        transactions = ports().transactions();
    }

    @Test
    public void aDecidedOrderRoundTripsWithEveryFieldAndAnExactAmount() {
        Transaction order = Transaction.restore(new OrderId("REF-123_x"), BUYER, Purchase.custom(3, 25),
                Money.of("123456789012345678.0123456789"), new CardText("کارت ملی 6037"), T0,
                TransactionStatus.REJECTED, Optional.of(T0.plusSeconds(60)), "wrong amount\nplease retry");

        transactions.insert(order);

        assertSameTransaction(order, transactions.findByOrderId(order.orderId()).orElseThrow());
    }

    @Test
    public void aPendingOrderRoundTripsWithoutADecision() {
        Transaction order = pending("p1", T0, Purchase.gb(10), "4000.50");

        transactions.insert(order);

        Transaction stored = transactions.findByOrderId(new OrderId("p1")).orElseThrow();
        assertSameTransaction(order, stored);
        assertEquals(Optional.empty(), stored.decidedAt());
        assertEquals(Optional.empty(), transactions.findByOrderId(new OrderId("p2")));
        assertTrue(transactions.existsByOrderId(new OrderId("p1")));
        assertFalse(transactions.existsByOrderId(new OrderId("p2")));
    }

    @Test
    public void aDuplicateOrderIdIsRefused() {
        transactions.insert(pending("dup", T0, Purchase.gb(1), "10"));

        assertThrows(RuntimeException.class, () -> transactions.insert(pending("dup", T0.plusSeconds(5), Purchase.months(1), "20")));

        assertEquals(1, transactions.count(Optional.empty()));
        assertEquals(Money.of("10"), transactions.findByOrderId(new OrderId("dup")).orElseThrow().amount());
    }

    @Test
    public void anOrderOfAnUnknownUserIsRefused() {
        Transaction stranger = Transaction.restore(new OrderId("x1"), new TelegramId(777), Purchase.gb(1), Money.of("1"),
                new CardText("card"), T0, TransactionStatus.PENDING, Optional.empty(), "");

        assertThrows(RuntimeException.class, () -> transactions.insert(stranger));

        assertEquals(0, transactions.count(Optional.empty()));
    }

    @Test
    public void anUpdateSavesTheDecision() {
        Transaction order = pending("o1", T0, Purchase.months(2), "8000");
        transactions.insert(order);

        order.approve(T0.plusSeconds(3600), "ok, thanks");
        transactions.update(order);

        Transaction stored = transactions.findByOrderId(order.orderId()).orElseThrow();
        assertSameTransaction(order, stored);
        assertEquals(TransactionStatus.APPROVED, stored.status());
    }

    @Test
    public void aLoadedOrderIsACopyUntilItIsSaved() {
        transactions.insert(pending("o1", T0, Purchase.months(2), "8000"));

        transactions.findByOrderId(new OrderId("o1")).orElseThrow().reject(T0.plusSeconds(1), "no");

        assertEquals(TransactionStatus.PENDING, transactions.findByOrderId(new OrderId("o1")).orElseThrow().status());
    }

    @Test
    public void updatingAnUnknownOrderIsNotFound() {
        assertThrows(TransactionNotFoundException.class, () -> transactions.update(pending("ghost", T0, Purchase.gb(1), "1")));
    }

    @Test
    public void pagesAreNewestFirstWithTiesByOrderIdAndFilteredByStatus() {
        transactions.insert(pending("b", T0.plusSeconds(10), Purchase.gb(1), "1"));
        transactions.insert(pending("a", T0.plusSeconds(10), Purchase.gb(1), "1"));
        transactions.insert(pending("old", T0, Purchase.gb(1), "1"));
        Transaction approved = pending("new", T0.plusSeconds(20), Purchase.gb(1), "1");
        approved.approve(T0.plusSeconds(30), "");
        transactions.insert(approved);

        assertEquals(List.of("new", "a", "b", "old"), ids(transactions.findPage(Optional.empty(), 0, 10)));
        assertEquals(List.of("a", "b"), ids(transactions.findPage(Optional.empty(), 1, 2)));
        assertEquals(List.of("a", "b", "old"), ids(transactions.findPage(Optional.of(TransactionStatus.PENDING), 0, 10)));
        assertEquals(List.of("new"), ids(transactions.findPage(Optional.of(TransactionStatus.APPROVED), 0, 10)));
        assertEquals(List.of(), ids(transactions.findPage(Optional.of(TransactionStatus.REJECTED), 0, 10)));
        assertEquals(4, transactions.count(Optional.empty()));
        assertEquals(3, transactions.count(Optional.of(TransactionStatus.PENDING)));
        assertEquals(0, transactions.count(Optional.of(TransactionStatus.REJECTED)));
    }

    @Test
    public void invalidPagingArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> transactions.findPage(Optional.empty(), -1, 10));
        assertThrows(IllegalArgumentException.class, () -> transactions.findPage(Optional.empty(), 0, 0));
    }

    @Test
    public void anInsertInsideARolledBackTransactionIsNotKept() {
        assertThrows(IllegalStateException.class, () -> ports().unitOfWork().run(() -> {
            transactions.insert(pending("t1", T0, Purchase.gb(1), "1"));
            throw new IllegalStateException("rolled back");
        }));

        assertFalse(transactions.existsByOrderId(new OrderId("t1")));
    }

    private static Transaction pending(String orderId, Instant requestedAt, Purchase purchase, String amount) {
        return Transaction.restore(new OrderId(orderId), BUYER, purchase, Money.of(amount), new CardText("6037-9912 Ali R."),
                requestedAt, TransactionStatus.PENDING, Optional.empty(), "");
    }

    private static List<String> ids(List<Transaction> page) {
        return page.stream().map(t -> t.orderId().value()).toList();
    }
}
