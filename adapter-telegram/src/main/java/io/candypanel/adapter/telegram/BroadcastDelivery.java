package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.SendRateLimiter;
import io.candypanel.adapter.telegram.botapi.TelegramApiException;
import io.candypanel.adapter.telegram.botapi.TelegramRequestRejectedException;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one broadcast to many users on the bot's broadcast thread, paced by a {@link SendRateLimiter}
 * (Telegram allows about 30 messages a second), then tells the admin how many arrived. A user who
 * blocked the bot (403) or whose send failed otherwise counts as failed and is not retried; a 429 is
 * waited out by the {@link ChatSender}. The original slept 0.2 s between sends on the request thread.
 */
final class BroadcastDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastDelivery.class);

    private final ChatSender sender;
    private final BotTexts texts;
    private final SendRateLimiter limiter;
    private final ListBotUsersUseCase users;
    private final LanguageLookup languages;

    BroadcastDelivery(ChatSender sender, BotTexts texts, SendRateLimiter limiter, ListBotUsersUseCase users,
                      LanguageLookup languages) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.users = Objects.requireNonNull(users, "users");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** What a finished (or stopped) broadcast reached. */
    record Outcome(int delivered, int failed, boolean interrupted) {
    }

    /**
     * @param admin asked when the broadcast is done, so the report goes to whoever is admin then
     */
    Outcome deliver(List<TelegramId> recipients, ChatText message, Supplier<Optional<TelegramId>> admin) {
        Map<TelegramId, Language> languageOf = storedLanguages();
        int delivered = 0;
        int failed = 0;
        boolean interrupted = false;
        for (TelegramId recipient : recipients) {
            if (Thread.currentThread().isInterrupted()) {
                interrupted = true;
                break;
            }
            try {
                limiter.acquire();
            } catch (InterruptedException e) {
                // The bot is stopping: the rest is not sent, and the admin hears how far it got.
                Thread.currentThread().interrupt();
                interrupted = true;
                break;
            }
            Language language = languageOf.getOrDefault(recipient, Language.EN);
            try {
                sender.send(recipient.value(), texts.get(language, "broadcast.message", message.value()));
                delivered++;
            } catch (TelegramRequestRejectedException e) {
                failed++;
                LOG.debug("Broadcast to user {} refused ({}{})", recipient, e.errorCode(), e.isForbidden() ? ", blocked the bot" : "");
            } catch (TelegramApiException e) {
                failed++;
                LOG.debug("Broadcast to user {} failed: {}", recipient, e.getMessage());
            }
        }
        int notReached = recipients.size() - delivered - failed;
        LOG.info("Broadcast to {} users: {} delivered, {} failed{}", recipients.size(), delivered, failed,
                interrupted ? ", " + notReached + " not sent (bot stopped)" : "");
        Outcome outcome = new Outcome(delivered, failed + notReached, interrupted);
        if (!interrupted) {
            report(admin.get(), outcome);
        }
        return outcome;
    }

    private void report(Optional<TelegramId> admin, Outcome outcome) {
        if (admin.isEmpty()) {
            return;
        }
        Language language = languages.of(admin.get());
        try {
            sender.send(admin.get().value(), texts.get(language, "broadcast.report", outcome.delivered(), outcome.failed()));
        } catch (TelegramApiException e) {
            LOG.warn("Could not report the broadcast to the admin: {}", e.getMessage());
        }
    }

    /** One read for all recipients instead of one per message. */
    private Map<TelegramId, Language> storedLanguages() {
        Map<TelegramId, Language> languages = new HashMap<>();
        try {
            for (BotUser user : users.list()) {
                languages.put(user.telegramId(), user.language());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the users' languages for a broadcast; sending in English: {}", e.getMessage());
        }
        return languages;
    }
}
