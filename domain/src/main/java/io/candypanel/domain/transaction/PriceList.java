package io.candypanel.domain.transaction;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The prices the admin set in the {@code prices} setting: one GB and one month. A price of zero (or
 * a missing key) means "not configured": such a unit cannot be sold.
 */
public record PriceList(Money pricePerGb, Money pricePerMonth) {
    static final String GB_KEY = "1GB";
    static final String MONTH_KEY = "1Month";

    public PriceList {
        Objects.requireNonNull(pricePerGb, "pricePerGb");
        Objects.requireNonNull(pricePerMonth, "pricePerMonth");
    }

    /**
     * Reads the {@code prices} setting text, a flat JSON object of numbers such as
     * {@code {"1GB": 4000, "1Month": 75000}}. Numbers are read exactly as decimals (no binary float);
     * other keys are ignored; a missing key is price 0 (not configured). Anything that is not such an
     * object, or a negative price, is an {@link InvalidValueException} {@code INVALID_PRICES}.
     */
    public static PriceList parse(String text) {
        Map<String, BigDecimal> entries;
        try {
            entries = new NumberObjectParser(Objects.requireNonNull(text, "text")).parse();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("INVALID_PRICES",
                    "The prices must be a JSON object such as {\"1GB\": 4000, \"1Month\": 75000}.");
        }
        return new PriceList(price(entries, GB_KEY), price(entries, MONTH_KEY));
    }

    private static Money price(Map<String, BigDecimal> entries, String key) {
        BigDecimal value = entries.getOrDefault(key, BigDecimal.ZERO);
        if (value.signum() < 0) {
            throw new InvalidValueException("INVALID_PRICES", "The price of \"" + key + "\" must not be negative.");
        }
        return new Money(value);
    }

    /**
     * The amount a purchase costs: price1GB x GB + price1Month x months. A unit the purchase actually
     * buys (GB &gt; 0, months &gt; 0) must have a non-zero price, else {@code PRICE_NOT_CONFIGURED}: a
     * forgotten price never sells something for free. A unit the purchase does not buy (the month part of
     * a custom plan with 0 months) needs no price.
     */
    public Money priceOf(Purchase purchase) {
        Objects.requireNonNull(purchase, "purchase");
        if (purchase.gigabytes() > 0 && pricePerGb.isZero()) {
            throw new RuleViolationException("PRICE_NOT_CONFIGURED", "The price per GB is not configured. Please contact support.");
        }
        if (purchase.months() > 0 && pricePerMonth.isZero()) {
            throw new RuleViolationException("PRICE_NOT_CONFIGURED", "The price per month is not configured. Please contact support.");
        }
        return pricePerGb.times(purchase.gigabytes()).plus(pricePerMonth.times(purchase.months()));
    }

    /** A tiny reader for a flat JSON object whose values are numbers; throws IllegalArgumentException. */
    private static final class NumberObjectParser {
        private final String text;
        private int pos;

        NumberObjectParser(String text) {
            this.text = text;
        }

        Map<String, BigDecimal> parse() {
            Map<String, BigDecimal> entries = new HashMap<>();
            expect('{');
            if (!tryConsume('}')) {
                do {
                    String key = string();
                    expect(':');
                    if (entries.put(key, number()) != null) {
                        throw new IllegalArgumentException("duplicate key");
                    }
                } while (tryConsume(','));
                expect('}');
            }
            skipSpace();
            if (pos != text.length()) {
                throw new IllegalArgumentException("trailing text");
            }
            return entries;
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private boolean tryConsume(char c) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!tryConsume(c)) {
                throw new IllegalArgumentException("expected " + c);
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' || c < 0x20) {
                    // Price keys are plain ASCII; escapes are not needed and not accepted.
                    throw new IllegalArgumentException("unsupported character in key");
                }
                out.append(c);
            }
            throw new IllegalArgumentException("unterminated string");
        }

        private BigDecimal number() {
            skipSpace();
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String literal = text.substring(start, pos);
            // The same number syntax the setting's validator accepts, bounded so no amount is absurdly large.
            if (literal.length() > 40 || !literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]{1,2})?")) {
                throw new IllegalArgumentException("not a plain decimal number");
            }
            return new BigDecimal(literal);
        }
    }
}
