package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.BotApiConfig;
import io.candypanel.adapter.telegram.botapi.BotToken;
import io.candypanel.adapter.telegram.botapi.SendRateLimiter;
import io.candypanel.adapter.telegram.botapi.TelegramBotApi;
import io.candypanel.adapter.telegram.botapi.TelegramPoller;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.TelegramId;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bot connected with one token: the poller that answers users and two sender threads, one for
 * notifications (an approval, a support request) and one for broadcasts, so that a long broadcast never
 * holds up a buyer's config. A token change makes a new one; a stopped one is not started again.
 */
final class RunningBot {
    private static final Logger LOG = LoggerFactory.getLogger(RunningBot.class);

    private final BotToken token;
    private final TelegramPoller poller;
    private final Notifier notifier;
    private final BroadcastDelivery broadcastDelivery;
    private final TelegramBotOptions options;
    private final ExecutorService notifications = Executors.newSingleThreadExecutor(daemon("telegram-sender"));
    private final ExecutorService broadcasts = Executors.newSingleThreadExecutor(daemon("telegram-broadcast"));

    private RunningBot(BotToken token, TelegramPoller poller, Notifier notifier, BroadcastDelivery broadcastDelivery,
                       TelegramBotOptions options) {
        this.token = token;
        this.poller = poller;
        this.notifier = notifier;
        this.broadcastDelivery = broadcastDelivery;
        this.options = options;
    }

    /** Wires the conversation layer for {@code token}; nothing runs until {@link #startPolling()}. */
    static RunningBot create(TelegramUseCases useCases, BotTexts texts, Clock clock, TelegramBotOptions options,
                             URI apiBaseUrl, BotToken token) {
        Objects.requireNonNull(token, "token");
        TelegramBotApi api = new TelegramBotApi(BotApiConfig.at(apiBaseUrl, token));
        ChatSender sender = new ChatSender(api, options.sleeper());
        Formats formats = new Formats(texts, clock);
        Menus menus = new Menus(texts);
        TelegramErrorReplies errors = new TelegramErrorReplies(texts);
        LanguageLookup languages = new LanguageLookup(useCases.registerBotUser());
        ConfigDelivery configs = new ConfigDelivery(sender, texts);
        OrderCards orderCards = new OrderCards(texts, formats);
        AdminFlows admin = new AdminFlows(useCases, sender, texts, menus, formats, orderCards, languages);
        UpdateRouter router = new UpdateRouter(useCases, sender, texts, clock, errors, menus,
                new UserFlows(useCases, menus, formats, configs),
                new PurchaseFlow(useCases, menus, formats, errors),
                admin,
                new ServerControl(useCases, sender, formats, clock));
        Notifier notifier = new Notifier(sender, texts, formats, configs, languages, admin);
        BroadcastDelivery broadcastDelivery = new BroadcastDelivery(sender, texts,
                new SendRateLimiter(options.messagesPerSecond(), clock, options.sleeper()), useCases.listBotUsers(), languages);
        TelegramPoller poller = new TelegramPoller(api, router, options.polling());
        return new RunningBot(token, poller, notifier, broadcastDelivery, options);
    }

    BotToken token() {
        return token;
    }

    void startPolling() {
        poller.start();
    }

    /** Queues one notification; false when this bot is already stopping. */
    boolean queue(String what, Consumer<Notifier> delivery) {
        try {
            notifications.execute(() -> {
                try {
                    delivery.accept(notifier);
                } catch (RuntimeException e) {
                    LOG.warn("Could not deliver {} through Telegram: {}", what, e.getMessage());
                    LOG.debug("Delivery failure", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    boolean queueBroadcast(List<TelegramId> recipients, ChatText message, Supplier<Optional<TelegramId>> admin) {
        List<TelegramId> copy = List.copyOf(recipients);
        try {
            broadcasts.execute(() -> {
                try {
                    broadcastDelivery.deliver(copy, message, admin);
                } catch (RuntimeException e) {
                    LOG.error("A broadcast to {} users failed", copy.size(), e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * Stops polling (the update in hand finishes), lets queued notifications go out for a moment, and
     * ends a running broadcast (the rest of it is not sent).
     */
    void stop() {
        poller.stop();
        broadcasts.shutdownNow();
        notifications.shutdown();
        try {
            if (!notifications.awaitTermination(options.drainTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                List<Runnable> dropped = notifications.shutdownNow();
                LOG.warn("Telegram bot stopped with {} notifications not sent", dropped.size());
            }
            broadcasts.awaitTermination(options.drainTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            notifications.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            // Stopped by close(); daemon only so that a forgotten bot cannot keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }
}
