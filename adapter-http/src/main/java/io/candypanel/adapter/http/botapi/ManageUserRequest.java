package io.candypanel.adapter.http.botapi;

import static io.candypanel.adapter.http.common.JsonFields.missing;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.botuser.ManageBotUserCommand;
import io.candypanel.domain.botuser.TelegramId;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code manage_user}: {@code target_telegram_id}, {@code action} and, for the two updates, {@code value}:
 * GB for {@code update_traffic} (fractions allowed, e.g. {@code 2.5}), whole days for {@code update_time}.
 * Both take a JSON number or the same as a string (the original read {@code float(value)} / {@code int(value)}).
 *
 * @param value the value's text for an update, null for a ban or an unban
 */
record ManageUserRequest(TelegramId target, String action, String value) {
    static final String BAN = "ban";
    static final String UNBAN = "unban";
    static final String UPDATE_TRAFFIC = "update_traffic";
    static final String UPDATE_TIME = "update_time";
    /** Every action, in the order the message and the OpenAPI document list them. */
    static final List<String> ACTIONS = List.of(BAN, UNBAN, UPDATE_TRAFFIC, UPDATE_TIME);
    static final String INVALID_ACTION_MESSAGE = "Invalid action. Must be 'ban', 'unban', 'update_traffic' or 'update_time'.";
    /** Plain decimals only: no sign, no exponent, a bounded number of digits. */
    private static final Pattern GIGABYTES = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,12})?");

    static ManageUserRequest from(JsonFields fields) {
        TelegramId target = BotFields.telegramId(fields, "target_telegram_id");
        String action = fields.requiredString("action");
        return switch (action) {
            case BAN, UNBAN -> new ManageUserRequest(target, action, null);
            case UPDATE_TRAFFIC -> new ManageUserRequest(target, action, gigabytesText(fields));
            case UPDATE_TIME -> new ManageUserRequest(target, action,
                    Integer.toString(fields.nonNegativeInt("value").orElseThrow(() -> missing("value"))));
            default -> throw RequestRejectedException.badRequest(INVALID_ACTION_MESSAGE);
        };
    }

    private static String gigabytesText(JsonFields fields) {
        String text = fields.jsonText("value").orElseThrow(() -> missing("value"));
        if (!GIGABYTES.matcher(text).matches()) {
            throw JsonFields.invalid("value", "must be a number of GB such as 10 or 2.5");
        }
        return text;
    }

    ManageBotUserCommand toCommand() {
        try {
            return switch (action) {
                case BAN -> ManageBotUserCommand.ban(target);
                case UNBAN -> ManageBotUserCommand.unban(target);
                case UPDATE_TRAFFIC -> ManageBotUserCommand.updateTraffic(target, new BigDecimal(value));
                case UPDATE_TIME -> ManageBotUserCommand.updateTime(target, Long.parseLong(value));
                default -> throw new IllegalStateException("unknown action " + action);
            };
        } catch (IllegalArgumentException outOfRange) {
            // The commands check their ranges with IllegalArgumentException; for the caller it is a bad value.
            throw RequestRejectedException.badRequest("Invalid field 'value': " + outOfRange.getMessage());
        }
    }

    /** The original's sentence for the action done. */
    String doneMessage() {
        String user = "User " + target;
        return switch (action) {
            case BAN -> user + " has been banned.";
            case UNBAN -> user + " has been unbanned.";
            case UPDATE_TRAFFIC -> user + " traffic updated to " + shownValue() + " GB.";
            default -> user + " time updated to " + value + " days.";
        };
    }

    /** What the audit log records: the change, never more. */
    String auditDetail() {
        return switch (action) {
            case BAN -> "banned";
            case UNBAN -> "unbanned";
            case UPDATE_TRAFFIC -> "traffic set to " + shownValue() + " GB";
            default -> "time set to " + value + " days";
        };
    }

    /** The value as the messages show it: {@code 10}, {@code 2.5}. */
    private String shownValue() {
        return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }
}
