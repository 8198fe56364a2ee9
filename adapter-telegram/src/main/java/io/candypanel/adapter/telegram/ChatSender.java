package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.InlineKeyboardMarkup;
import io.candypanel.adapter.telegram.botapi.Message;
import io.candypanel.adapter.telegram.botapi.ParseMode;
import io.candypanel.adapter.telegram.botapi.Sleeper;
import io.candypanel.adapter.telegram.botapi.TelegramApiException;
import io.candypanel.adapter.telegram.botapi.TelegramBotApi;
import io.candypanel.adapter.telegram.botapi.TelegramRateLimitedException;
import io.candypanel.adapter.telegram.botapi.TelegramRequestRejectedException;
import io.candypanel.adapter.telegram.botapi.TextEdit;
import io.candypanel.adapter.telegram.botapi.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the bot's HTML texts and files within Telegram's limits.
 *
 * <ul>
 *   <li>A 429 answer is waited out ({@code retry_after}) and the same request repeated, up to
 *       {@value #MAX_ATTEMPTS} attempts; other failures are the caller's to handle.</li>
 *   <li>A text longer than {@value #MAX_TEXT_LENGTH} characters is sent as several messages, cut at line
 *       breaks and as plain text, since a cut inside HTML could leave a tag open. The bot's own lists are
 *       paged so that they never get there; a long sync report or support text might.</li>
 * </ul>
 * Safe for concurrent use; it keeps no state of its own.
 */
final class ChatSender {
    /** Telegram's limit for one message's text. */
    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ChatSender.class);

    private final TelegramBotApi api;
    private final Sleeper sleeper;

    ChatSender(TelegramBotApi api, Sleeper sleeper) {
        this.api = Objects.requireNonNull(api, "api");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    Message send(long chatId, String html) {
        return send(chatId, html, Optional.empty());
    }

    Message send(long chatId, String html, InlineKeyboardMarkup keyboard) {
        return send(chatId, html, Optional.of(keyboard));
    }

    /** Sends {@code html}; a too long text goes out in parts, the keyboard under the last one. Returns the last. */
    Message send(long chatId, String html, Optional<InlineKeyboardMarkup> keyboard) {
        if (html.length() <= MAX_TEXT_LENGTH) {
            TextMessage message = TextMessage.to(chatId, html).withParseMode(ParseMode.HTML);
            TextMessage withKeyboard = keyboard.map(message::withKeyboard).orElse(message);
            return withRetry("sendMessage", () -> api.sendMessage(withKeyboard));
        }
        List<String> parts = plainParts(Html.toPlainText(html));
        Message last = null;
        for (int i = 0; i < parts.size(); i++) {
            TextMessage part = TextMessage.to(chatId, parts.get(i));
            TextMessage withKeyboard = i == parts.size() - 1 ? keyboard.map(part::withKeyboard).orElse(part) : part;
            last = withRetry("sendMessage", () -> api.sendMessage(withKeyboard));
        }
        return last;
    }

    /**
     * Replaces the text and keyboard of one of the bot's messages (a menu after a button press). When
     * Telegram refuses the edit (the message is too old, was deleted, or has no text), the text is
     * sent as a new message instead, so the user always gets the answer.
     */
    void edit(long chatId, long messageId, String html, Optional<InlineKeyboardMarkup> keyboard) {
        if (html.length() > MAX_TEXT_LENGTH) {
            send(chatId, html, keyboard);
            return;
        }
        TextEdit edit = TextEdit.of(chatId, messageId, html).withParseMode(ParseMode.HTML);
        TextEdit withKeyboard = keyboard.map(edit::withKeyboard).orElse(edit);
        try {
            withRetry("editMessageText", () -> {
                api.editMessageText(withKeyboard);
                return null;
            });
        } catch (TelegramRequestRejectedException e) {
            if (e.description() != null && e.description().contains("message is not modified")) {
                return;
            }
            LOG.debug("Could not edit message {} in chat {} ({}); sending a new one", messageId, chatId, e.getMessage());
            send(chatId, html, keyboard);
        }
    }

    /** Stops the button's progress indicator; a failure only costs the user the spinner, so it is logged. */
    void answer(String callbackQueryId) {
        try {
            api.answerCallbackQuery(callbackQueryId);
        } catch (TelegramApiException e) {
            LOG.debug("Could not answer callback query: {}", e.getMessage());
        }
    }

    Message sendDocument(long chatId, String fileName, byte[] content, String caption) {
        return withRetry("sendDocument", () -> api.sendDocument(chatId, fileName, content, caption));
    }

    Message sendPhoto(long chatId, String fileName, byte[] png, String caption) {
        return withRetry("sendPhoto", () -> api.sendPhoto(chatId, fileName, png, caption));
    }

    private <T> T withRetry(String method, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (TelegramRateLimitedException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.info("Telegram rate limits {}; retrying in {} s", method, e.retryAfter().toSeconds());
                try {
                    sleeper.sleep(e.retryAfter());
                } catch (InterruptedException interrupted) {
                    // The bot is stopping; the message is given up like any other failed send.
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Plain text cut into parts of at most {@link #MAX_TEXT_LENGTH}, at a line break where there is one. */
    static List<String> plainParts(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_TEXT_LENGTH) {
            int cut = rest.lastIndexOf('\n', MAX_TEXT_LENGTH);
            if (cut <= 0) {
                cut = MAX_TEXT_LENGTH;
                // Never between the two halves of a surrogate pair (an emoji).
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isBlank()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank()) {
            parts.add(rest.stripTrailing());
        }
        return parts;
    }
}
