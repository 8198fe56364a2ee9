package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.CallbackQuery;
import io.candypanel.adapter.telegram.botapi.InlineKeyboardMarkup;
import io.candypanel.adapter.telegram.botapi.User;
import io.candypanel.application.port.in.botuser.RememberConversationCommand;
import io.candypanel.application.port.in.botuser.RememberConversationUseCase;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One update from one user, and what the bot needs to answer it: who wrote (as Telegram says, never
 * as the text claims), their stored language, their open conversation, and the way back to their
 * chat. Answers to a button press replace the message that carried the button (a menu turns into the
 * next menu); answers to a text are new messages. Lives for one update on the poller's thread.
 */
final class Dialog {
    private final ChatSender sender;
    private final BotTexts texts;
    private final RememberConversationUseCase conversations;
    private final Clock clock;
    private final User from;
    private final TelegramId userId;
    private final long chatId;
    private final Optional<CallbackQuery> callback;
    private Language language;
    private Optional<Conversation> conversation;

    Dialog(ChatSender sender, BotTexts texts, RememberConversationUseCase conversations, Clock clock, User from,
           long chatId, Optional<CallbackQuery> callback, Language language, Optional<Conversation> conversation) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.from = Objects.requireNonNull(from, "from");
        this.userId = new TelegramId(from.id());
        this.chatId = chatId;
        this.callback = Objects.requireNonNull(callback, "callback");
        this.language = Objects.requireNonNull(language, "language");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
    }

    TelegramId userId() {
        return userId;
    }

    User from() {
        return from;
    }

    long chatId() {
        return chatId;
    }

    Language language() {
        return language;
    }

    void changeLanguage(Language newLanguage) {
        language = Objects.requireNonNull(newLanguage, "newLanguage");
    }

    /** The text {@code key} in this user's language. */
    String text(String key, Object... args) {
        return texts.get(language, key, args);
    }

    void reply(String html) {
        sender.send(chatId, html);
    }

    void reply(String html, InlineKeyboardMarkup keyboard) {
        sender.send(chatId, html, keyboard);
    }

    /** Replaces the pressed button's message, or sends a new one when the update is a text. */
    void show(String html, Optional<InlineKeyboardMarkup> keyboard) {
        Optional<Long> pressedMessage = callback.map(CallbackQuery::message).map(message -> message.messageId());
        if (pressedMessage.isPresent()) {
            sender.edit(chatId, pressedMessage.get(), html, keyboard);
        } else {
            sender.send(chatId, html, keyboard);
        }
    }

    void show(String html, InlineKeyboardMarkup keyboard) {
        show(html, Optional.of(keyboard));
    }

    boolean isButtonPress() {
        return callback.isPresent();
    }

    // ---- the conversation ----

    Optional<Step> step() {
        return conversation.flatMap(c -> Step.fromStoredName(c.step()));
    }

    boolean isAt(Step step) {
        return step().filter(step::equals).isPresent();
    }

    Map<String, String> values() {
        return conversation.map(Conversation::values).orElse(Map.of());
    }

    /** Moves the conversation to {@code step} and stores it at once, so a restart continues from here. */
    void remember(Step step, Map<String, String> values) {
        Conversation next = new Conversation(userId, step.storedName(), values, clock.instant());
        conversations.remember(RememberConversationCommand.keep(next));
        conversation = Optional.of(next);
    }

    /** Ends the conversation; the next text is no answer to anything. */
    void endConversation() {
        if (conversation.isPresent()) {
            conversations.remember(RememberConversationCommand.end(userId));
            conversation = Optional.empty();
        }
    }
}
