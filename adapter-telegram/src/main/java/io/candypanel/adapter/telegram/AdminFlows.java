package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.InlineKeyboardMarkup;
import io.candypanel.adapter.telegram.botapi.TelegramApiException;
import io.candypanel.adapter.telegram.botapi.TelegramRequestRejectedException;
import io.candypanel.application.port.in.botuser.Broadcast;
import io.candypanel.application.port.in.botuser.BroadcastCommand;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.ManageBotUserCommand;
import io.candypanel.application.port.in.botuser.ManagedBotUser;
import io.candypanel.application.port.in.order.ApprovedOrder;
import io.candypanel.application.port.in.order.DecideOrderCommand;
import io.candypanel.application.port.in.order.ListOrdersQuery;
import io.candypanel.application.port.in.order.OrderPage;
import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's side of the bot: the status screen, users (ban, unban, traffic, time), pending orders
 * (approve, reject), broadcasts and answers to support requests. The router lets only the admin in,
 * checked with {@code CheckBotAdminUseCase} on every update.
 */
final class AdminFlows {
    /** Pending orders shown at once; each is its own message with its own buttons. */
    static final int PENDING_ORDERS_SHOWN = 10;
    private static final String USER = "user";
    private static final Logger LOG = LoggerFactory.getLogger(AdminFlows.class);

    private final TelegramUseCases useCases;
    private final ChatSender sender;
    private final BotTexts texts;
    private final Menus menus;
    private final Formats formats;
    private final OrderCards orderCards;
    private final LanguageLookup languages;

    AdminFlows(TelegramUseCases useCases, ChatSender sender, BotTexts texts, Menus menus, Formats formats,
               OrderCards orderCards, LanguageLookup languages) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.orderCards = Objects.requireNonNull(orderCards, "orderCards");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    // ---- status ----

    /** /adminlogin and the status button: a live status block and the admin menu. */
    void status(Dialog dialog) {
        dialog.endConversation();
        dialog.show(dialog.text("admin.welcome") + "\n\n" + statusBlock(dialog), menus.adminMenu(dialog.language()));
    }

    private String statusBlock(Dialog dialog) {
        PanelOverview overview;
        try {
            overview = useCases.panelOverview().overview();
        } catch (RuntimeException e) {
            LOG.warn("The panel overview for the bot admin failed", e);
            return dialog.text("admin.status_unavailable");
        }
        Dashboard dashboard = overview.dashboard();
        String lastSync = dashboard.lastSync()
                .map(report -> formats.dateTime(report.startedAt()))
                .orElseGet(() -> dialog.text("admin.never"));
        return dialog.text("admin.status",
                dashboard.clientsCount(), dashboard.enabledClientsCount(), dashboard.connectedClientsCount(),
                Formats.decimal(BigDecimal.valueOf(dashboard.cpuPercent())),
                Formats.decimal(BigDecimal.valueOf(dashboard.memUsedPercent())),
                Formats.bytes(dashboard.bandwidthBytes()),
                uptime(dashboard.uptimeSeconds()),
                overview.interfaces().size(),
                lastSync,
                dashboard.kernelMode());
    }

    private static String uptime(long seconds) {
        return (seconds / 86_400) + "d " + (seconds % 86_400 / 3_600) + "h " + (seconds % 3_600 / 60) + "m";
    }

    void serverControlHelp(Dialog dialog) {
        dialog.endConversation();
        dialog.show(dialog.text("admin.control_help"), menus.backToAdmin(dialog.language()));
    }

    // ---- users ----

    void usersPage(Dialog dialog, String pageText) {
        dialog.endConversation();
        List<BotUser> users = useCases.listBotUsers().list();
        int pages = Math.max(1, (users.size() + Menus.USERS_PER_PAGE - 1) / Menus.USERS_PER_PAGE);
        int page = (int) Math.min(pages - 1, QuantityParser.wholeNumber(pageText).orElse(0));
        List<BotUser> shown = users.subList(page * Menus.USERS_PER_PAGE,
                Math.min(users.size(), (page + 1) * Menus.USERS_PER_PAGE));
        StringBuilder text = new StringBuilder(dialog.text("admin.users_header", users.size(), page + 1, pages));
        for (BotUser user : shown) {
            text.append("\n").append(userLine(dialog, user));
        }
        text.append("\n\n").append(dialog.text("admin.users_help"));
        dialog.show(text.toString(), menus.usersPage(dialog.language(), shown, page, pages));
    }

    void userCard(Dialog dialog, String idText) {
        dialog.endConversation();
        BotUser user = findUser(TelegramId.parse(idText));
        dialog.show(userCardText(dialog, user, Optional.empty()), menus.userActions(dialog.language(), user));
    }

    /** A ban or unban from a button (the card is updated) or a command (a reply). */
    void banOrUnban(Dialog dialog, String idText, boolean ban) {
        TelegramId id = TelegramId.parse(idText.strip());
        ManageBotUserCommand command = ban ? ManageBotUserCommand.ban(id) : ManageBotUserCommand.unban(id);
        ManagedBotUser result = useCases.manageBotUser().manage(command);
        String outcome = dialog.text(ban ? "admin.banned" : "admin.unbanned", id) + kernelWarning(dialog, result);
        showManaged(dialog, result, outcome);
    }

    void askForTraffic(Dialog dialog, String idText) {
        BotUser user = findUser(TelegramId.parse(idText));
        dialog.remember(Step.AWAIT_TRAFFIC, Map.of(USER, user.telegramId().toString()));
        dialog.reply(dialog.text("admin.ask_traffic", user.telegramId()));
    }

    void askForTime(Dialog dialog, String idText) {
        BotUser user = findUser(TelegramId.parse(idText));
        dialog.remember(Step.AWAIT_TIME, Map.of(USER, user.telegramId().toString()));
        dialog.reply(dialog.text("admin.ask_time", user.telegramId()));
    }

    /** The GB typed after the traffic button. */
    void trafficAnswer(Dialog dialog, String text) {
        setTraffic(dialog, dialog.values().getOrDefault(USER, ""), text);
    }

    /** The days typed after the time button. */
    void timeAnswer(Dialog dialog, String text) {
        setTime(dialog, dialog.values().getOrDefault(USER, ""), text);
    }

    /** /ban, /unban, /update_traffic, /update_time. */
    void userCommand(Dialog dialog, CommandLine command) {
        List<String> words = command.words();
        switch (command.name()) {
            case "ban", "unban" -> {
                if (words.size() != 1) {
                    dialog.reply(dialog.text("admin.usage_" + command.name()));
                    return;
                }
                banOrUnban(dialog, words.get(0), command.is("ban"));
            }
            case "update_traffic" -> {
                if (words.size() != 2) {
                    dialog.reply(dialog.text("admin.usage_update_traffic"));
                    return;
                }
                setTraffic(dialog, words.get(0), words.get(1));
            }
            case "update_time" -> {
                if (words.size() != 2) {
                    dialog.reply(dialog.text("admin.usage_update_time"));
                    return;
                }
                setTime(dialog, words.get(0), words.get(1));
            }
            default -> throw new IllegalArgumentException("not a user command: " + command.name());
        }
    }

    private void setTraffic(Dialog dialog, String idText, String gigabytesText) {
        TelegramId id = TelegramId.parse(idText.strip());
        Optional<BigDecimal> gigabytes = QuantityParser.decimal(gigabytesText);
        if (gigabytes.isEmpty()) {
            dialog.reply(dialog.text("admin.invalid_gb"));
            return;
        }
        ManagedBotUser result = useCases.manageBotUser().manage(ManageBotUserCommand.updateTraffic(id, gigabytes.get()));
        dialog.endConversation();
        showManaged(dialog, result, dialog.text("admin.traffic_set", id, Formats.decimal(gigabytes.get()))
                + kernelWarning(dialog, result));
    }

    private void setTime(Dialog dialog, String idText, String daysText) {
        TelegramId id = TelegramId.parse(idText.strip());
        OptionalLong days = QuantityParser.wholeNumber(daysText);
        if (days.isEmpty()) {
            dialog.reply(dialog.text("admin.invalid_days"));
            return;
        }
        ManagedBotUser result = useCases.manageBotUser().manage(ManageBotUserCommand.updateTime(id, days.getAsLong()));
        dialog.endConversation();
        showManaged(dialog, result, dialog.text("admin.time_set", id, days.getAsLong()) + kernelWarning(dialog, result));
    }

    private void showManaged(Dialog dialog, ManagedBotUser result, String outcome) {
        if (dialog.isButtonPress()) {
            dialog.show(userCardText(dialog, result.user(), Optional.of(outcome)), menus.userActions(dialog.language(), result.user()));
        } else {
            dialog.reply(outcome + "\n\n" + userCardText(dialog, result.user(), Optional.empty()),
                    menus.userActions(dialog.language(), result.user()));
        }
    }

    private String userCardText(Dialog dialog, BotUser user, Optional<String> outcome) {
        String card = dialog.text("admin.user_card", user.telegramId(),
                user.clientName().map(name -> name.value()).orElseGet(() -> dialog.text("admin.no_client")),
                dialog.text(user.isBanned() ? "admin.user_banned" : "admin.user_active"),
                Formats.decimal(user.trafficBoughtGb()), user.daysBought(), formats.date(user.createdAt()),
                dialog.text("language.name_" + user.language().wireName()));
        return outcome.map(text -> text + "\n\n" + card).orElse(card) + "\n" + SupportTag.of(user.telegramId());
    }

    private String userLine(Dialog dialog, BotUser user) {
        return dialog.text("admin.user_line", user.telegramId(),
                user.clientName().map(name -> name.value()).orElse("—"),
                dialog.text(user.isBanned() ? "admin.user_banned" : "admin.user_active"),
                Formats.decimal(user.trafficBoughtGb()), user.daysBought());
    }

    private BotUser findUser(TelegramId id) {
        return useCases.listBotUsers().list().stream()
                .filter(user -> user.telegramId().equals(id))
                .findFirst()
                .orElseThrow(() -> new BotUserNotFoundException(id));
    }

    // ---- orders ----

    void pendingOrders(Dialog dialog) {
        dialog.endConversation();
        OrderPage page = useCases.listOrders().list(new ListOrdersQuery(Optional.of(TransactionStatus.PENDING), 0,
                PENDING_ORDERS_SHOWN));
        if (page.orders().isEmpty()) {
            dialog.show(dialog.text("admin.no_pending"), menus.adminMenu(dialog.language()));
            return;
        }
        dialog.show(dialog.text("admin.pending_header", page.total(), page.orders().size()), Optional.empty());
        for (Transaction order : page.orders()) {
            sendOrderCard(dialog.chatId(), dialog.language(), order, Optional.empty());
        }
    }

    /**
     * An order card with Approve / Reject buttons, or the typed commands when the id is too long for a
     * button; {@code headline} (HTML) goes above it.
     */
    void sendOrderCard(long chatId, Language language, Transaction order, Optional<String> headline) {
        Optional<InlineKeyboardMarkup> buttons = menus.orderDecision(language, order.orderId());
        String card = headline.map(text -> text + "\n").orElse("") + orderCards.card(language, order);
        if (buttons.isPresent()) {
            sender.send(chatId, card, buttons.get());
        } else {
            sender.send(chatId, card + "\n\n" + orderCards.typedDecisionHint(language, order));
        }
    }

    /** A decision from a button (the card turns into the decided card) or a command (a reply). */
    void decide(Dialog dialog, String orderIdText, String note, boolean approve) {
        DecideOrderCommand command = new DecideOrderCommand(new OrderId(TypedText.withoutDirectionMarks(orderIdText)),
                note.isBlank() ? null : note);
        String outcome;
        Transaction decided;
        if (approve) {
            ApprovedOrder approved = useCases.approveOrder().approve(command);
            decided = approved.transaction();
            outcome = dialog.text(approved.clientCreated() ? "admin.approved_new" : "admin.approved_extended",
                    decided.orderId().value(), approved.client().name().value(),
                    formats.plan(dialog.language(), decided.purchase()),
                    formats.date(approved.client().expiresAt()), formats.quota(dialog.language(), approved.client().quota()))
                    + (approved.kernel().applied() ? "" : "\n" + dialog.text("admin.kernel_failed", approved.kernel().message()));
        } else {
            decided = useCases.rejectOrder().reject(command);
            outcome = dialog.text("admin.rejected", decided.orderId().value());
        }
        if (dialog.isButtonPress()) {
            dialog.show(orderCards.decided(dialog.language(), decided), Optional.empty());
        }
        dialog.reply(outcome);
    }

    /** /approve and /reject: {@code <order id> [note...]}. */
    void decisionCommand(Dialog dialog, CommandLine command) {
        List<String> parts = command.wordsThenRest(1);
        if (parts.isEmpty()) {
            dialog.reply(dialog.text("admin.usage_" + command.name()));
            return;
        }
        decide(dialog, parts.get(0), parts.size() > 1 ? parts.get(1) : "", command.is("approve"));
    }

    // ---- broadcast ----

    void askForBroadcast(Dialog dialog) {
        dialog.remember(Step.AWAIT_BROADCAST, Map.of());
        dialog.show(dialog.text("admin.ask_broadcast"), Optional.empty());
    }

    /** /broadcast text, or the text after the broadcast button. */
    void broadcast(Dialog dialog, String text) {
        if (text.isBlank()) {
            dialog.reply(dialog.text("admin.usage_broadcast"));
            return;
        }
        ChatText message = new ChatText(text);
        dialog.endConversation();
        Broadcast broadcast = useCases.broadcast().broadcast(new BroadcastCommand(message));
        if (broadcast.recipients().isEmpty()) {
            dialog.reply(dialog.text("admin.broadcast_nobody"));
        } else if (broadcast.queued()) {
            dialog.reply(dialog.text("admin.broadcast_queued", broadcast.recipients().size()));
        } else {
            dialog.reply(dialog.text("admin.broadcast_not_queued"));
        }
    }

    // ---- support answers ----

    /** The admin replied to a message tagged with a user: the reply goes to that user. */
    void answerUser(Dialog dialog, TelegramId user, String answer) {
        Language language = languages.of(user);
        try {
            sender.send(user.value(), texts.get(language, "support.answer", answer));
        } catch (TelegramRequestRejectedException e) {
            dialog.reply(dialog.text(e.isForbidden() ? "admin.answer_blocked" : "admin.answer_failed", user));
            return;
        } catch (TelegramApiException e) {
            dialog.reply(dialog.text("admin.answer_failed", user));
            return;
        }
        dialog.reply(dialog.text("admin.answer_sent", user));
    }

    private static String kernelWarning(Dialog dialog, ManagedBotUser result) {
        return result.kernel().applied() ? "" : "\n" + dialog.text("admin.kernel_failed", result.kernel().message());
    }
}
