package io.candypanel.adapter.http.botapi;

import static io.candypanel.adapter.http.common.JsonFields.missing;
import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.PurchaseKind;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.transaction.OrderId;

/**
 * The fields every {@code /bot_api} request shares, read with the adapter's type rules: a missing or
 * ill-typed field is a 400 that names it, before any use case runs.
 */
final class BotFields {
    static final String TELEGRAM_ID = "telegram_id";
    static final String ADMIN_TELEGRAM_ID = "admin_telegram_id";
    static final String INVALID_PURCHASE_TYPE_MESSAGE = "Invalid purchase_type. Must be 'gb', 'month', or 'custom'.";

    private BotFields() {
    }

    /**
     * A Telegram id: a JSON integer (as bots send it) or a string of digits; a fraction, a sign, an
     * exponent, a boolean or anything else is refused, naming the field.
     */
    static TelegramId telegramId(JsonFields fields, String field) {
        String text = fields.jsonText(field).orElseThrow(() -> missing(field));
        return validated(field, () -> TelegramId.parse(text));
    }

    /** The caller's own id, {@code telegram_id}. */
    static TelegramId caller(JsonFields fields) {
        return telegramId(fields, TELEGRAM_ID);
    }

    /**
     * Who acts on an admin endpoint: {@code admin_telegram_id} when given (the original's
     * {@code manage_user} and {@code server_control} name it so), else {@code telegram_id}.
     */
    static TelegramId actingAdmin(JsonFields fields) {
        if (fields.has(ADMIN_TELEGRAM_ID)) {
            return telegramId(fields, ADMIN_TELEGRAM_ID);
        }
        if (fields.has(TELEGRAM_ID)) {
            return telegramId(fields, TELEGRAM_ID);
        }
        throw RequestRejectedException.badRequest("Missing telegram_id.");
    }

    /**
     * {@code purchase_type} with its quantities: {@code quantity} (GB or months) for {@code gb} and
     * {@code month}; {@code time_quantity} (months) and {@code traffic_quantity} (GB), each 0 when
     * missing, for {@code custom}. Quantities are whole numbers; their bounds are {@link Purchase}'s.
     */
    static Purchase purchase(JsonFields fields) {
        String type = fields.requiredString("purchase_type");
        PurchaseKind kind;
        try {
            kind = PurchaseKind.fromWireName(type);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.code(), INVALID_PURCHASE_TYPE_MESSAGE);
        }
        return switch (kind) {
            case GB -> {
                int gigabytes = fields.nonNegativeInt("quantity").orElseThrow(() -> missing("quantity"));
                yield validated("quantity", () -> Purchase.gb(gigabytes));
            }
            case MONTH -> {
                int months = fields.nonNegativeInt("quantity").orElseThrow(() -> missing("quantity"));
                yield validated("quantity", () -> Purchase.months(months));
            }
            case CUSTOM -> custom(fields.nonNegativeInt("time_quantity").orElse(0), fields.nonNegativeInt("traffic_quantity").orElse(0));
        };
    }

    private static Purchase custom(int months, int gigabytes) {
        try {
            return Purchase.custom(months, gigabytes);
        } catch (InvalidValueException e) {
            String blamed = months > Purchase.MAX_MONTHS ? "field 'time_quantity'"
                    : gigabytes > Purchase.MAX_GB ? "field 'traffic_quantity'" : "fields 'time_quantity' and 'traffic_quantity'";
            throw new InvalidValueException(e.code(), "Invalid " + blamed + ": " + e.getMessage());
        }
    }

    static OrderId orderId(JsonFields fields) {
        String text = fields.requiredString("order_id");
        return validated("order_id", () -> new OrderId(text));
    }

    static ChatText message(JsonFields fields) {
        String text = fields.requiredString("message");
        return validated("message", () -> new ChatText(text));
    }
}
