package io.candypanel.domain.transaction;

import io.candypanel.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative amount in the admin's currency (the panel does not know which). Exact decimal,
 * normalised (trailing zeros stripped, never a negative scale) so that equal amounts are equal records:
 * {@code 4000.00} and {@code 4000} are the same {@code Money}.
 */
public record Money(BigDecimal amount) {
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidValueException("INVALID_AMOUNT", "An amount must not be negative.");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Money of(String amount) {
        try {
            return new Money(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("INVALID_AMOUNT", "An amount must be a decimal number.");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
