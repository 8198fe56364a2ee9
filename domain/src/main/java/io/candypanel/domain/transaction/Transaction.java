package io.candypanel.domain.transaction;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order a bot user paid for by bank transfer, waiting for the admin. The amount is computed from
 * the {@link PriceList} when the order is placed, never taken from the caller (the original trusted it).
 * Status moves once: {@code PENDING} to {@code APPROVED} or {@code REJECTED}; any other move is
 * {@code TRANSACTION_NOT_PENDING}.
 */
public final class Transaction {
    public static final int MAX_NOTE_LENGTH = 500;

    private final OrderId orderId;
    private final TelegramId telegramId;
    private final Purchase purchase;
    private final Money amount;
    private final CardText cardText;
    private final Instant requestedAt;
    private TransactionStatus status;
    private Instant decidedAt;
    private String adminNote;

    private Transaction(OrderId orderId, TelegramId telegramId, Purchase purchase, Money amount, CardText cardText,
                        Instant requestedAt, TransactionStatus status, Instant decidedAt, String adminNote) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.telegramId = Objects.requireNonNull(telegramId, "telegramId");
        this.purchase = Objects.requireNonNull(purchase, "purchase");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.cardText = Objects.requireNonNull(cardText, "cardText");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.decidedAt = status == TransactionStatus.PENDING ? null : Objects.requireNonNull(decidedAt, "decidedAt");
        this.adminNote = adminNote == null ? "" : adminNote;
    }

    /** A new pending order; its amount is {@code prices.priceOf(purchase)} (may throw PRICE_NOT_CONFIGURED). */
    public static Transaction create(OrderId orderId, TelegramId telegramId, Purchase purchase, PriceList prices,
                                     CardText cardText, Instant now) {
        Objects.requireNonNull(prices, "prices");
        return new Transaction(orderId, telegramId, purchase, prices.priceOf(purchase), cardText, now,
                TransactionStatus.PENDING, null, "");
    }

    /** Rebuilds a transaction from storage without re-running creation rules (prices may have changed since). */
    public static Transaction restore(OrderId orderId, TelegramId telegramId, Purchase purchase, Money amount,
                                      CardText cardText, Instant requestedAt, TransactionStatus status,
                                      Optional<Instant> decidedAt, String adminNote) {
        return new Transaction(orderId, telegramId, purchase, amount, cardText, requestedAt, status,
                Objects.requireNonNull(decidedAt, "decidedAt").orElse(null), adminNote);
    }

    /** Approves a pending order. The note is optional (null = none). */
    public void approve(Instant now, String note) {
        decide(TransactionStatus.APPROVED, now, note);
    }

    /** Rejects a pending order. The note is optional (null = none). */
    public void reject(Instant now, String note) {
        decide(TransactionStatus.REJECTED, now, note);
    }

    /** Refuses with {@code TRANSACTION_NOT_PENDING} once the order was decided. */
    public void requirePending() {
        if (status != TransactionStatus.PENDING) {
            throw new RuleViolationException("TRANSACTION_NOT_PENDING",
                    "Transaction " + orderId + " is not pending; it has already been " + status.wireName() + ".");
        }
    }

    private void decide(TransactionStatus decision, Instant now, String note) {
        Objects.requireNonNull(now, "now");
        String checkedNote = validNote(note);
        requirePending();
        status = decision;
        decidedAt = now;
        adminNote = checkedNote;
    }

    /** An admin note: up to {@value #MAX_NOTE_LENGTH} characters; newlines and tabs allowed, other control characters not. */
    public static String validNote(String note) {
        if (note == null) {
            return "";
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidValueException("INVALID_ADMIN_NOTE", "The admin note is limited to " + MAX_NOTE_LENGTH + " characters.");
        }
        if (note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidValueException("INVALID_ADMIN_NOTE", "The admin note must not contain control characters.");
        }
        return note;
    }

    public OrderId orderId() {
        return orderId;
    }

    public TelegramId telegramId() {
        return telegramId;
    }

    public Purchase purchase() {
        return purchase;
    }

    public Money amount() {
        return amount;
    }

    public CardText cardText() {
        return cardText;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public TransactionStatus status() {
        return status;
    }

    public boolean isPending() {
        return status == TransactionStatus.PENDING;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public String adminNote() {
        return adminNote;
    }
}
