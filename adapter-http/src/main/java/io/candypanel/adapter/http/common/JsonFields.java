package io.candypanel.adapter.http.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.candypanel.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The fields of one JSON request object, read with the adapter's type rules (validation step (a) of
 * the style guide): the wrong JSON type is a 400 naming the field, never a silent coercion and never
 * a 500. An absent field and an explicit {@code null} both mean "not given", as the original's
 * {@code data.get(...)} did. Value rules (name syntax, port range...) stay in the domain's value objects.
 */
public final class JsonFields {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Longer strings are not dates; refusing them early keeps the parsers away from odd input. */
    private static final int MAX_DATE_TIME_LENGTH = 64;
    private static final int MAX_ECHOED_LENGTH = 64;

    private final ObjectNode node;

    public JsonFields(ObjectNode node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    public static JsonFields empty() {
        return new JsonFields(JsonNodeFactory.instance.objectNode());
    }

    /** True when the field is present and not JSON null. */
    public boolean has(String field) {
        return value(field).isPresent();
    }

    public Optional<String> string(String field) {
        return value(field).map(v -> {
            if (!v.isTextual()) {
                throw invalid(field, "must be a string");
            }
            return v.textValue();
        });
    }

    public String requiredString(String field) {
        return string(field).orElseThrow(() -> missing(field));
    }

    /**
     * Any JSON value as text: a string as it is, anything else (number, boolean, array, object) as its
     * compact JSON, so that {@code "value": 1400} and {@code "value": "1400"} mean the same and a price
     * list can be sent as an object. The receiver validates the text.
     */
    public Optional<String> jsonText(String field) {
        return value(field).map(v -> v.isTextual() ? v.textValue() : v.toString());
    }

    /** A JSON boolean; {@code "true"}, {@code 1} and {@code "yes"} are refused rather than guessed at. */
    public Optional<Boolean> bool(String field) {
        return value(field).map(v -> {
            if (!v.isBoolean()) {
                throw invalid(field, "must be true or false (a JSON boolean)");
            }
            return v.booleanValue();
        });
    }

    /**
     * A byte count such as a traffic quota: a JSON integer or a string of digits (the original's front
     * end sends strings), from 0 to {@link Long#MAX_VALUE}. Fractions, signs, exponents and booleans are refused.
     */
    public Optional<Long> byteCount(String field) {
        return value(field).map(v -> nonNegativeLong(field, v, Long.MAX_VALUE));
    }

    /** A non-negative whole number that fits an {@code int} (ids, ports), as a JSON integer or digit string. */
    public Optional<Integer> nonNegativeInt(String field) {
        return value(field).map(v -> (int) nonNegativeLong(field, v, Integer.MAX_VALUE));
    }

    /**
     * An instant in ISO-8601: with an offset ({@code 2026-12-01T00:00:00Z}, {@code ...+03:30}), or local
     * ({@code 2026-12-01T00:00:00}) or a date ({@code 2026-12-01}, the start of that day); local forms
     * are read in {@code zone}, the panel's time zone, as the original's admin UI meant them.
     */
    public Optional<Instant> instant(String field, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return value(field).map(v -> {
            String rule = "must be an ISO-8601 date-time such as 2026-12-01T00:00:00Z, or a date such as 2026-12-01";
            if (!v.isTextual() || v.textValue().length() > MAX_DATE_TIME_LENGTH) {
                throw invalid(field, rule);
            }
            return parseInstant(v.textValue(), zone).orElseThrow(() -> invalid(field, rule));
        });
    }

    /**
     * The fields of {@code nested} (if it is given) laid over this object's own fields except
     * {@code excluded}: the original's front end sends fields flat beside {@code resource} and
     * {@code action}, its documentation nests them in {@code data}; both work, and nested wins.
     */
    public JsonFields overlaidWith(String nested, Set<String> excluded) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!excluded.contains(entry.getKey())) {
                merged.set(entry.getKey(), entry.getValue());
            }
        }
        Optional<JsonNode> inner = value(nested);
        if (inner.isPresent()) {
            if (!inner.get().isObject()) {
                throw invalid(nested, "must be a JSON object");
            }
            merged.setAll((ObjectNode) inner.get());
        }
        return new JsonFields(merged);
    }

    /**
     * Builds a value object from a field, prefixing its rule violation with the field's name so the
     * caller learns which field broke which rule.
     */
    public static <T> T validated(String field, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.code(), "Invalid field '" + field + "': " + e.getMessage());
        }
    }

    /** A caller-supplied value made safe to echo in a message: shortened, control characters replaced. */
    public static String printable(String value) {
        String shortened = value.length() > MAX_ECHOED_LENGTH ? value.substring(0, MAX_ECHOED_LENGTH) + "..." : value;
        return shortened.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    }

    public static RequestRejectedException missing(String field) {
        return RequestRejectedException.badRequest("Missing required field '" + field + "'.");
    }

    public static RequestRejectedException invalid(String field, String rule) {
        return RequestRejectedException.badRequest("Field '" + field + "' " + rule + ".");
    }

    private Optional<JsonNode> value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    private static long nonNegativeLong(String field, JsonNode v, long max) {
        String rule = "must be a whole number from 0 to " + max + " (a JSON integer or a string of digits)";
        if (v.isIntegralNumber()) {
            if (v.bigIntegerValue().signum() < 0) {
                throw invalid(field, "must not be negative");
            }
            if (!v.canConvertToLong() || v.longValue() > max) {
                throw invalid(field, rule);
            }
            return v.longValue();
        }
        if (v.isTextual() && DIGITS.matcher(v.textValue()).matches()) {
            try {
                long parsed = Long.parseLong(v.textValue());
                if (parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException tooLong) {
                // falls through to the range message
            }
            throw invalid(field, rule);
        }
        if (v.isTextual() && v.textValue().startsWith("-")) {
            throw invalid(field, "must not be negative");
        }
        throw invalid(field, rule);
    }

    private static Optional<Instant> parseInstant(String text, ZoneId zone) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // try the local forms next
        }
        try {
            return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException notLocalDateTime) {
            // try a plain date next
        }
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        // Field names only: values may be passwords or tokens.
        StringBuilder names = new StringBuilder("JsonFields[");
        node.properties().forEach(entry -> names.append(entry.getKey()).append(' '));
        return names.toString().strip() + "]";
    }
}
