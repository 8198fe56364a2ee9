package io.candypanel.adapter.telegram;

import io.candypanel.domain.botuser.PurchaseKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantities a buyer types, in English or Persian: {@code 5}, {@code 5GB}, {@code ۵ گیگ},
 * {@code 2 months}, {@code ۲ ماه و ۵۰ گیگ}. Persian (U+06F0..) and Arabic-Indic (U+0660..) digits
 * become ASCII digits, the Arabic forms of yeh and kaf become the Persian ones (phones with an Arabic
 * keyboard send those), and case does not matter. Only whole numbers are accepted; anything else is
 * refused with the text key that explains why, never silently rounded. The original accepted floats
 * for GB and did not understand its own Persian prompt.
 */
final class QuantityParser {
    /** Nine digits: far above any limit of {@code Purchase}, far below overflow. */
    private static final int MAX_DIGITS = 9;
    private static final String GB_UNITS = "gigabytes|gigabyte|gigs|gig|gb|گیگابایت|گیگ";
    private static final String MONTH_UNITS = "months|month|maah|mah|ماه";
    private static final Pattern SINGLE = Pattern.compile("(\\d+)\\s*(" + GB_UNITS + "|" + MONTH_UNITS + ")?");
    private static final Pattern PAIR = Pattern.compile("(\\d+)\\s*(" + GB_UNITS + "|" + MONTH_UNITS + ")");
    /** What may stand between the two parts of a custom plan. */
    private static final Pattern CONNECTORS = Pattern.compile("(and|و|\\+|,|،|&|\\s)*");

    private QuantityParser() {
    }

    /** A parsed quantity, or the key of the text that tells the user what was wrong. */
    record Result(OptionalLong value, Optional<String> errorKey) {
        static Result of(long value) {
            return new Result(OptionalLong.of(value), Optional.empty());
        }

        static Result error(String key) {
            return new Result(OptionalLong.empty(), Optional.of(key));
        }
    }

    /** A custom plan's months and GB as typed; {@code Purchase} checks the ranges. */
    record CustomPlan(int months, long gigabytes) {
    }

    /** One number, with or without the unit of {@code kind} (GB or month). */
    static Result quantity(String text, PurchaseKind kind) {
        Objects.requireNonNull(kind, "kind");
        String normalised = normalise(text);
        Matcher matcher = SINGLE.matcher(normalised);
        if (!matcher.matches()) {
            return Result.error(containsDigit(normalised) ? "quantity.not_whole" : "quantity.invalid");
        }
        String unit = matcher.group(2);
        if (unit != null && unitKind(unit) != kind) {
            return Result.error(kind == PurchaseKind.GB ? "quantity.expected_gb" : "quantity.expected_months");
        }
        if (matcher.group(1).length() > MAX_DIGITS) {
            return Result.error("quantity.too_large");
        }
        long value = Long.parseLong(matcher.group(1));
        return value == 0 ? Result.error("quantity.zero") : Result.of(value);
    }

    /**
     * A custom plan: a number of months and/or a number of GB, each with its unit, in any order
     * ({@code "2 months 50 gb"}, {@code "۵۰ گیگ و ۲ ماه"}). Empty when the text is not such a plan;
     * the domain checks the ranges.
     */
    static Optional<CustomPlan> customPlan(String text) {
        String normalised = normalise(text);
        Matcher matcher = PAIR.matcher(normalised);
        Long months = null;
        Long gigabytes = null;
        StringBuilder rest = new StringBuilder();
        int end = 0;
        while (matcher.find()) {
            rest.append(normalised, end, matcher.start());
            end = matcher.end();
            if (matcher.group(1).length() > MAX_DIGITS) {
                return Optional.empty();
            }
            long value = Long.parseLong(matcher.group(1));
            if (unitKind(matcher.group(2)) == PurchaseKind.GB) {
                if (gigabytes != null) {
                    return Optional.empty();
                }
                gigabytes = value;
            } else {
                if (months != null) {
                    return Optional.empty();
                }
                months = value;
            }
        }
        rest.append(normalised.substring(end));
        if ((months == null && gigabytes == null) || !CONNECTORS.matcher(rest).matches()) {
            return Optional.empty();
        }
        long monthCount = months == null ? 0 : months;
        return Optional.of(new CustomPlan((int) Math.min(monthCount, Integer.MAX_VALUE), gigabytes == null ? 0 : gigabytes));
    }

    /** A positive decimal the admin types (GB of traffic), Persian digits and separator allowed. */
    static Optional<BigDecimal> decimal(String text) {
        String normalised = normalise(text).replace('٫', '.');
        if (!normalised.matches("\\d{1,9}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normalised));
    }

    /** A whole number the admin types (days), Persian digits allowed. */
    static OptionalLong wholeNumber(String text) {
        String normalised = normalise(text);
        if (!normalised.matches("\\d{1," + MAX_DIGITS + "}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(normalised));
    }

    /** ASCII digits, Persian letter forms, lower case, no zero-width joiners, trimmed. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        TypedText.withoutDirectionMarks(text).strip().codePoints().forEach(c -> {
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c == '\u064A') {
                out.append('\u06CC'); // Arabic yeh -> Persian yeh
            } else if (c == '\u0643') {
                out.append('\u06A9'); // Arabic kaf -> Persian keheh
            } else if (c == '\u200C' || c == '\u200D') {
                out.append(' '); // zero-width (non-)joiner between a number and its unit
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT).strip();
    }

    private static PurchaseKind unitKind(String unit) {
        return unit.matches(GB_UNITS) ? PurchaseKind.GB : PurchaseKind.MONTH;
    }

    private static boolean containsDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
