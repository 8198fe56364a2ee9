package io.candypanel.domain.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final PriceList PRICES = PriceList.parse("{\"1GB\": 4000, \"1Month\": 75000}");

    private static Transaction pending() {
        return Transaction.create(new OrderId("BANK-REF_001"), new TelegramId(42), Purchase.gb(5), PRICES,
                new CardText("6037 9911 1234 5678"), NOW);
    }

    @Test
    void aNewOrderIsPendingAndPricedFromThePriceList() {
        Transaction t = pending();
        assertTrue(t.isPending());
        assertEquals(TransactionStatus.PENDING, t.status());
        assertEquals(Money.of("20000"), t.amount());
        assertEquals(NOW, t.requestedAt());
        assertEquals(Optional.empty(), t.decidedAt());
        assertEquals("", t.adminNote());
        assertEquals(new TelegramId(42), t.telegramId());
        assertEquals(Purchase.gb(5), t.purchase());
    }

    @Test
    void anOrderForAnUnpricedUnitIsRefused() {
        PriceList free = PriceList.parse("{\"1GB\": 0, \"1Month\": 0}");
        assertEquals("PRICE_NOT_CONFIGURED", assertThrows(RuleViolationException.class, () -> Transaction.create(
                new OrderId("x"), new TelegramId(1), Purchase.months(1), free, new CardText("card"), NOW)).code());
    }

    @Test
    void approveOnceThenEveryDecisionIsRefused() {
        Transaction t = pending();
        t.approve(LATER, "paid, thanks");
        assertEquals(TransactionStatus.APPROVED, t.status());
        assertEquals(Optional.of(LATER), t.decidedAt());
        assertEquals("paid, thanks", t.adminNote());
        assertEquals("TRANSACTION_NOT_PENDING", assertThrows(RuleViolationException.class, () -> t.approve(LATER, null)).code());
        assertEquals("TRANSACTION_NOT_PENDING", assertThrows(RuleViolationException.class, () -> t.reject(LATER, null)).code());
        assertEquals(TransactionStatus.APPROVED, t.status());
    }

    @Test
    void rejectOnceThenEveryDecisionIsRefused() {
        Transaction t = pending();
        t.reject(LATER, null);
        assertEquals(TransactionStatus.REJECTED, t.status());
        assertEquals("", t.adminNote());
        assertThrows(RuleViolationException.class, () -> t.approve(LATER, null));
        assertThrows(RuleViolationException.class, t::requirePending);
    }

    @Test
    void anInvalidNoteLeavesTheOrderPending() {
        Transaction t = pending();
        assertThrows(InvalidValueException.class, () -> t.approve(LATER, "x".repeat(501)));
        assertThrows(InvalidValueException.class, () -> t.reject(LATER, "bad\u0000"));
        assertTrue(t.isPending());
        t.reject(LATER, "line one\nline two");
        assertEquals("line one\nline two", t.adminNote());
    }

    @Test
    void restoreKeepsTheStoredAmountAndState() {
        Transaction t = Transaction.restore(new OrderId("r1"), new TelegramId(7), Purchase.custom(1, 1), Money.of("1"),
                new CardText("c"), NOW, TransactionStatus.APPROVED, Optional.of(LATER), "ok");
        assertEquals(Money.of("1"), t.amount());
        assertFalse(t.isPending());
        assertThrows(NullPointerException.class, () -> Transaction.restore(new OrderId("r1"), new TelegramId(7),
                Purchase.gb(1), Money.ZERO, new CardText("c"), NOW, TransactionStatus.REJECTED, Optional.empty(), ""));
        assertEquals(TransactionStatus.REJECTED, TransactionStatus.fromWireName("rejected"));
        assertThrows(InvalidValueException.class, () -> TransactionStatus.fromWireName("done"));
    }

    @Test
    void orderIdsAreTrimmedAndStrict() {
        assertEquals("ABC-123_x", new OrderId("  ABC-123_x\n").value());
        assertEquals(64, new OrderId("a".repeat(64)).value().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ABC 123", "ABC\n123", "ABC\t1", "a/b", "ref#1", "x;drop", "\u06F1\u06F2"})
    void badOrderIdsAreRefused(String value) {
        assertEquals("INVALID_ORDER_ID", assertThrows(InvalidValueException.class, () -> new OrderId(value)).code());
    }

    @Test
    void tooLongOrMissingOrderIdsAreRefused() {
        assertThrows(InvalidValueException.class, () -> new OrderId("a".repeat(65)));
        assertThrows(InvalidValueException.class, () -> new OrderId(null));
    }

    @Test
    void cardTextIsBoundedAndSingleLine() {
        assertEquals("6037 9911", new CardText(" 6037 9911 ").value());
        assertEquals(200, new CardText("9".repeat(200)).value().length());
        for (String bad : new String[] {null, "", "  ", "9".repeat(201), "6037\n9911", "a\u0007"}) {
            assertEquals("INVALID_CARD_TEXT", assertThrows(InvalidValueException.class, () -> new CardText(bad)).code());
        }
    }
}
