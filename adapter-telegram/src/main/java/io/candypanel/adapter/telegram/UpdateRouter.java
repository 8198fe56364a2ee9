package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.CallbackQuery;
import io.candypanel.adapter.telegram.botapi.Message;
import io.candypanel.adapter.telegram.botapi.TelegramApiException;
import io.candypanel.adapter.telegram.botapi.Update;
import io.candypanel.adapter.telegram.botapi.UpdateHandler;
import io.candypanel.adapter.telegram.botapi.User;
import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each update and hands it to the flow it belongs to. Only private chats are served (the bot
 * deals in configs and payments, nothing for a group to see). Every update starts from the stored
 * state: the user (and with it the language) from {@code RegisterBotUserUseCase}, the open conversation
 * from {@code RecallConversationUseCase}; admin commands and buttons ask {@code CheckBotAdminUseCase}
 * every time, so a changed admin id takes effect at once and nothing in a message can claim the role.
 * Failures become a reply through {@link TelegramErrorReplies}; a failure to reply is only logged.
 */
final class UpdateRouter implements UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateRouter.class);
    private static final String PRIVATE_CHAT = "private";

    private final TelegramUseCases useCases;
    private final ChatSender sender;
    private final BotTexts texts;
    private final Clock clock;
    private final TelegramErrorReplies errors;
    private final Menus menus;
    private final UserFlows user;
    private final PurchaseFlow purchase;
    private final AdminFlows admin;
    private final ServerControl serverControl;

    UpdateRouter(TelegramUseCases useCases, ChatSender sender, BotTexts texts, Clock clock, TelegramErrorReplies errors,
                 Menus menus, UserFlows user, PurchaseFlow purchase, AdminFlows admin, ServerControl serverControl) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.user = Objects.requireNonNull(user, "user");
        this.purchase = Objects.requireNonNull(purchase, "purchase");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.serverControl = Objects.requireNonNull(serverControl, "serverControl");
    }

    @Override
    public void handle(Update update) {
        if (update.message() != null) {
            onMessage(update.message());
        } else if (update.callbackQuery() != null) {
            onButton(update.callbackQuery());
        }
    }

    private void onMessage(Message message) {
        if (message.chat() == null || !PRIVATE_CHAT.equals(message.chat().type()) || message.from() == null
                || message.from().isBot()) {
            LOG.debug("Ignoring a message outside a private chat");
            return;
        }
        handle(message.from(), message.chat().id(), Optional.empty(), dialog -> routeMessage(dialog, message));
    }

    private void onButton(CallbackQuery query) {
        sender.answer(query.id());
        if (query.from() == null) {
            return;
        }
        Message carrier = query.message();
        if (carrier != null && carrier.chat() != null && !PRIVATE_CHAT.equals(carrier.chat().type())) {
            LOG.debug("Ignoring a button press outside a private chat");
            return;
        }
        // A press on a message too old for Telegram to include still comes from the user's private chat.
        long chatId = carrier != null && carrier.chat() != null ? carrier.chat().id() : query.from().id();
        handle(query.from(), chatId, Optional.of(query), dialog -> routeButton(dialog, CallbackData.parse(query.data())));
    }

    private void handle(User from, long chatId, Optional<CallbackQuery> callback, DialogAction action) {
        Dialog dialog;
        try {
            dialog = open(from, chatId, callback);
        } catch (RuntimeException e) {
            LOG.error("Could not load Telegram user {}", from.id(), e);
            replyQuietly(chatId, texts.get(Language.EN, "error.unexpected"));
            return;
        }
        try {
            action.run(dialog);
        } catch (TelegramApiException e) {
            LOG.warn("Could not answer Telegram user {}: {}", from.id(), e.getMessage());
        } catch (RuntimeException e) {
            replyQuietly(chatId, errors.replyFor(dialog.language(), e));
        }
    }

    private Dialog open(User from, long chatId, Optional<CallbackQuery> callback) {
        TelegramId id = new TelegramId(from.id());
        Language language = useCases.registerBotUser().register(new RegisterBotUserCommand(id)).user().language();
        Optional<Conversation> conversation = useCases.recallConversation().recall(id);
        return new Dialog(sender, texts, useCases.rememberConversation(), clock, from, chatId, callback, language, conversation);
    }

    private void routeMessage(Dialog dialog, Message message) {
        String text = message.text();
        if (text == null || text.isBlank()) {
            dialog.reply(dialog.text("input.text_only"));
            return;
        }
        Optional<TelegramId> answered = answeredUser(message);
        if (answered.isPresent() && isAdmin(dialog)) {
            admin.answerUser(dialog, answered.get(), text);
            return;
        }
        if (CommandLine.looksLikeCommand(text)) {
            Optional<CommandLine> command = CommandLine.parse(text);
            if (command.isPresent()) {
                routeCommand(dialog, command.get());
            } else {
                unknownCommand(dialog);
            }
            return;
        }
        routeAnswer(dialog, text);
    }

    /** The user whose tagged message (from the bot) this message replies to, if any. */
    private static Optional<TelegramId> answeredUser(Message message) {
        Message repliedTo = message.replyToMessage();
        if (repliedTo == null || (repliedTo.from() != null && !repliedTo.from().isBot())) {
            return Optional.empty();
        }
        return SupportTag.find(repliedTo.text() != null ? repliedTo.text() : repliedTo.caption());
    }

    private void routeCommand(Dialog dialog, CommandLine command) {
        switch (command.name()) {
            case "start" -> user.start(dialog);
            case "menu" -> {
                dialog.endConversation();
                user.showMenu(dialog);
            }
            case "cancel" -> {
                dialog.endConversation();
                dialog.reply(dialog.text("conversation.cancelled"), menus.userMenu(dialog.language()));
            }
            case "bought" -> purchase.bought(dialog, command.arguments());
            case "support" -> {
                if (command.arguments().isBlank()) {
                    user.askForSupportMessage(dialog);
                } else {
                    user.sendSupportMessage(dialog, command.arguments());
                }
            }
            case "adminlogin" -> asAdmin(dialog, () -> admin.status(dialog));
            case "approve", "reject" -> asAdmin(dialog, () -> admin.decisionCommand(dialog, command));
            case "ban", "unban", "update_traffic", "update_time" -> asAdmin(dialog, () -> admin.userCommand(dialog, command));
            case "broadcast" -> asAdmin(dialog, () -> admin.broadcast(dialog, command.arguments()));
            default -> {
                if (ServerControl.COMMANDS.contains(command.name())) {
                    asAdmin(dialog, () -> serverControl.run(dialog, command));
                } else {
                    unknownCommand(dialog);
                }
            }
        }
    }

    /** A text that is not a command: the answer to the open conversation's question, if there is one. */
    private void routeAnswer(Dialog dialog, String text) {
        Optional<Step> step = dialog.step();
        if (step.isEmpty()) {
            dialog.endConversation();
            dialog.reply(dialog.text("menu.prompt"), menus.userMenu(dialog.language()));
            return;
        }
        switch (step.get()) {
            case CHOOSE_PLAN -> dialog.reply(dialog.text("buy.choose_plan"), menus.plans(dialog.language()));
            case AWAIT_QUANTITY -> purchase.quantity(dialog, text);
            case AWAIT_CUSTOM_PLAN -> purchase.customPlan(dialog, text);
            case AWAIT_PAYMENT, AWAIT_ORDER_ID -> purchase.paymentText(dialog, text);
            case AWAIT_SUPPORT -> user.sendSupportMessage(dialog, text);
            case AWAIT_BROADCAST -> asAdmin(dialog, () -> admin.broadcast(dialog, text));
            case AWAIT_TRAFFIC -> asAdmin(dialog, () -> admin.trafficAnswer(dialog, text));
            case AWAIT_TIME -> asAdmin(dialog, () -> admin.timeAnswer(dialog, text));
            default -> throw new IllegalStateException("unhandled step " + step.get());
        }
    }

    private void routeButton(Dialog dialog, CallbackData data) {
        String argument = data.argument();
        switch (data.action()) {
            case CallbackData.LANGUAGE -> user.chooseLanguage(dialog, argument);
            case CallbackData.MENU -> routeMenu(dialog, argument);
            case CallbackData.BUY -> purchase.choosePlan(dialog, argument);
            case CallbackData.ORDER -> {
                if (argument.equals(CallbackData.ORDER_PAID)) {
                    purchase.paid(dialog);
                } else {
                    staleButton(dialog);
                }
            }
            case CallbackData.APPROVE -> asAdmin(dialog, () -> admin.decide(dialog, argument, "", true));
            case CallbackData.REJECT -> asAdmin(dialog, () -> admin.decide(dialog, argument, "", false));
            case CallbackData.ADMIN -> asAdmin(dialog, () -> routeAdminMenu(dialog, argument));
            case CallbackData.USERS -> asAdmin(dialog, () -> admin.usersPage(dialog, argument));
            case CallbackData.USER -> asAdmin(dialog, () -> admin.userCard(dialog, argument));
            case CallbackData.BAN -> asAdmin(dialog, () -> admin.banOrUnban(dialog, argument, true));
            case CallbackData.UNBAN -> asAdmin(dialog, () -> admin.banOrUnban(dialog, argument, false));
            case CallbackData.TRAFFIC -> asAdmin(dialog, () -> admin.askForTraffic(dialog, argument));
            case CallbackData.TIME -> asAdmin(dialog, () -> admin.askForTime(dialog, argument));
            default -> staleButton(dialog);
        }
    }

    /** A main menu button ends whatever conversation was open, as in the original. */
    private void routeMenu(Dialog dialog, String item) {
        dialog.endConversation();
        switch (item) {
            case CallbackData.MENU_BUY -> purchase.showOptions(dialog);
            case CallbackData.MENU_LICENSE -> user.license(dialog);
            case CallbackData.MENU_STATUS -> user.status(dialog);
            case CallbackData.MENU_SUPPORT -> user.askForSupportMessage(dialog);
            case CallbackData.MENU_LANGUAGE -> user.showLanguages(dialog);
            default -> staleButton(dialog);
        }
    }

    private void routeAdminMenu(Dialog dialog, String item) {
        switch (item) {
            case CallbackData.ADMIN_STATUS -> admin.status(dialog);
            case CallbackData.ADMIN_USERS -> admin.usersPage(dialog, "0");
            case CallbackData.ADMIN_ORDERS -> admin.pendingOrders(dialog);
            case CallbackData.ADMIN_BROADCAST -> admin.askForBroadcast(dialog);
            case CallbackData.ADMIN_CONTROL -> admin.serverControlHelp(dialog);
            default -> staleButton(dialog);
        }
    }

    private void asAdmin(Dialog dialog, Runnable action) {
        if (!isAdmin(dialog)) {
            LOG.info("Telegram user {} tried an admin action", dialog.userId());
            dialog.reply(dialog.text("admin.refused"));
            return;
        }
        action.run();
    }

    private boolean isAdmin(Dialog dialog) {
        return useCases.checkBotAdmin().check(dialog.userId()).isAdmin();
    }

    private void unknownCommand(Dialog dialog) {
        dialog.reply(dialog.text("command.unknown"), menus.userMenu(dialog.language()));
    }

    private void staleButton(Dialog dialog) {
        dialog.reply(dialog.text("button.stale"), menus.userMenu(dialog.language()));
    }

    private void replyQuietly(long chatId, String html) {
        try {
            sender.send(chatId, html);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell chat {} about a failure: {}", chatId, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface DialogAction {
        void run(Dialog dialog);
    }
}
