package io.candypanel.adapter.telegram;

import static io.candypanel.adapter.telegram.botapi.InlineKeyboardButton.callback;

import io.candypanel.adapter.telegram.botapi.InlineKeyboardButton;
import io.candypanel.adapter.telegram.botapi.InlineKeyboardMarkup;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.transaction.OrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The bot's inline keyboards, labelled in the reader's language (the original's admin menu was English only). */
final class Menus {
    /** Users per page of the admin's user list: a readable screen, far below Telegram's 100 buttons. */
    static final int USERS_PER_PAGE = 8;

    private final BotTexts texts;

    Menus(BotTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The two languages, each labelled in itself so anyone finds theirs. */
    InlineKeyboardMarkup languages() {
        return InlineKeyboardMarkup.row(
                callback("English 🇬🇧", CallbackData.of(CallbackData.LANGUAGE, Language.EN.wireName())),
                callback("فارسی 🇮🇷", CallbackData.of(CallbackData.LANGUAGE, Language.FA.wireName())));
    }

    InlineKeyboardMarkup userMenu(Language language) {
        return InlineKeyboardMarkup.column(List.of(
                button(language, "button.buy", CallbackData.MENU, CallbackData.MENU_BUY),
                button(language, "button.license", CallbackData.MENU, CallbackData.MENU_LICENSE),
                button(language, "button.status", CallbackData.MENU, CallbackData.MENU_STATUS),
                button(language, "button.support", CallbackData.MENU, CallbackData.MENU_SUPPORT),
                button(language, "button.language", CallbackData.MENU, CallbackData.MENU_LANGUAGE)));
    }

    InlineKeyboardMarkup plans(Language language) {
        return InlineKeyboardMarkup.column(List.of(
                button(language, "button.buy_gb", CallbackData.BUY, "gb"),
                button(language, "button.buy_month", CallbackData.BUY, "month"),
                button(language, "button.buy_custom", CallbackData.BUY, "custom")));
    }

    InlineKeyboardMarkup paid(Language language) {
        return InlineKeyboardMarkup.row(button(language, "button.paid", CallbackData.ORDER, CallbackData.ORDER_PAID));
    }

    InlineKeyboardMarkup adminMenu(Language language) {
        return InlineKeyboardMarkup.column(List.of(
                button(language, "button.admin_status", CallbackData.ADMIN, CallbackData.ADMIN_STATUS),
                button(language, "button.admin_users", CallbackData.ADMIN, CallbackData.ADMIN_USERS),
                button(language, "button.admin_orders", CallbackData.ADMIN, CallbackData.ADMIN_ORDERS),
                button(language, "button.admin_broadcast", CallbackData.ADMIN, CallbackData.ADMIN_BROADCAST),
                button(language, "button.admin_control", CallbackData.ADMIN, CallbackData.ADMIN_CONTROL)));
    }

    InlineKeyboardMarkup backToAdmin(Language language) {
        return InlineKeyboardMarkup.row(button(language, "button.back", CallbackData.ADMIN, CallbackData.ADMIN_STATUS));
    }

    /**
     * Approve and Reject for one order, or empty when the order id is too long for a button's 64
     * bytes of data (the admin then types {@code /approve <id>}).
     */
    Optional<InlineKeyboardMarkup> orderDecision(Language language, OrderId orderId) {
        Optional<String> approve = CallbackData.ofIfFits(CallbackData.APPROVE, orderId.value());
        Optional<String> reject = CallbackData.ofIfFits(CallbackData.REJECT, orderId.value());
        if (approve.isEmpty() || reject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(InlineKeyboardMarkup.row(
                callback(texts.get(language, "button.approve"), approve.get()),
                callback(texts.get(language, "button.reject"), reject.get())));
    }

    /** One button per user of the page, then the page navigation and the way back. */
    InlineKeyboardMarkup usersPage(Language language, List<BotUser> pageUsers, int page, int pages) {
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        for (BotUser user : pageUsers) {
            String label = user.telegramId() + user.clientName().map(name -> " · " + name).orElse("")
                    + (user.isBanned() ? " 🚫" : "");
            rows.add(List.of(callback(label, CallbackData.of(CallbackData.USER, user.telegramId().toString()))));
        }
        List<InlineKeyboardButton> navigation = new ArrayList<>();
        if (page > 0) {
            navigation.add(button(language, "button.previous", CallbackData.USERS, Integer.toString(page - 1)));
        }
        if (page + 1 < pages) {
            navigation.add(button(language, "button.next", CallbackData.USERS, Integer.toString(page + 1)));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        rows.add(List.of(button(language, "button.back", CallbackData.ADMIN, CallbackData.ADMIN_STATUS)));
        return new InlineKeyboardMarkup(rows);
    }

    /** Ban or unban, set traffic, set time, back to the list. */
    InlineKeyboardMarkup userActions(Language language, BotUser user) {
        String id = user.telegramId().toString();
        return InlineKeyboardMarkup.column(List.of(
                user.isBanned()
                        ? button(language, "button.unban", CallbackData.UNBAN, id)
                        : button(language, "button.ban", CallbackData.BAN, id),
                button(language, "button.set_traffic", CallbackData.TRAFFIC, id),
                button(language, "button.set_time", CallbackData.TIME, id),
                button(language, "button.back_to_users", CallbackData.USERS, "0")));
    }

    private InlineKeyboardButton button(Language language, String labelKey, String action, String argument) {
        // Labels are plain text, not HTML, and never contain placeholders.
        return callback(texts.get(language, labelKey), CallbackData.of(action, argument));
    }
}
