package io.candypanel.adapter.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code callback_data} of the bot's buttons: {@code action:argument}, e.g. {@code lang:fa},
 * {@code menu:buy}, {@code approve:<order id>}. Telegram limits it to 64 bytes; {@link #fits} tells
 * whether a button can carry an argument, and callers fall back to a typed command when it cannot.
 * A press carries nothing else the bot trusts: the presser's identity comes from Telegram, and
 * admin actions are checked again on every press.
 *
 * @param action   the part before the first colon
 * @param argument the rest, possibly empty
 */
record CallbackData(String action, String argument) {
    static final int MAX_BYTES = 64;

    static final String LANGUAGE = "lang";
    static final String MENU = "menu";
    static final String BUY = "buy";
    static final String ORDER = "order";
    static final String APPROVE = "approve";
    static final String REJECT = "reject";
    static final String ADMIN = "admin";
    static final String USERS = "users";
    static final String USER = "user";
    static final String BAN = "ban";
    static final String UNBAN = "unban";
    static final String TRAFFIC = "traffic";
    static final String TIME = "time";

    static final String MENU_BUY = "buy";
    static final String MENU_LICENSE = "license";
    static final String MENU_STATUS = "status";
    static final String MENU_SUPPORT = "support";
    static final String MENU_LANGUAGE = "language";
    static final String ORDER_PAID = "paid";
    static final String ADMIN_STATUS = "status";
    static final String ADMIN_USERS = "users";
    static final String ADMIN_ORDERS = "orders";
    static final String ADMIN_BROADCAST = "broadcast";
    static final String ADMIN_CONTROL = "control";

    CallbackData {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(argument, "argument");
    }

    static CallbackData parse(String data) {
        if (data == null) {
            return new CallbackData("", "");
        }
        int colon = data.indexOf(':');
        return colon < 0 ? new CallbackData(data, "") : new CallbackData(data.substring(0, colon), data.substring(colon + 1));
    }

    static String of(String action, String argument) {
        return action + ":" + argument;
    }

    /** Whether {@code action:argument} fits Telegram's 64 bytes. */
    static boolean fits(String action, String argument) {
        return of(action, argument).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** {@code action:argument} when it fits, else empty. */
    static Optional<String> ofIfFits(String action, String argument) {
        return fits(action, argument) ? Optional.of(of(action, argument)) : Optional.empty();
    }
}
