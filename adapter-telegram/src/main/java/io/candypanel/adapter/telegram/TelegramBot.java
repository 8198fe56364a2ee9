package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.BotToken;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.setting.SettingsChangeListenerPort;
import io.candypanel.domain.botuser.BotAdmin;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.transaction.Transaction;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram bot: it sells, serves and administers through the Bot API, and it is the chat channel of
 * the core's {@link NotificationPort}.
 *
 * <ul>
 *   <li><b>On and off with the settings.</b> {@link #settingsChanged} runs the bot while
 *       {@code telegram_bot_status} is 1 and {@code telegram_bot_token} is set, restarts it when the
 *       token changes and stops it otherwise. The work happens on the bot's control thread; the call
 *       returns at once and never throws. The original needed an explicit start after every reboot.</li>
 *   <li><b>Notifications never wait for Telegram.</b> Each event is queued on the bot's sender thread
 *       and the method answers {@code true}; while the bot is not running it answers {@code false}, so
 *       the caller knows nobody was told.</li>
 *   <li><b>No state of its own that matters.</b> Languages and conversations are stored through the
 *       use cases; the admin's id is re-read from every settings change.</li>
 * </ul>
 */
public final class TelegramBot implements NotificationPort, SettingsChangeListenerPort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final long CLOSE_TIMEOUT_SECONDS = 30;

    private final TelegramUseCases useCases;
    private final URI apiBaseUrl;
    private final Clock clock;
    private final TelegramBotOptions options;
    private final BotTexts texts = new BotTexts();
    private final ExecutorService control = Executors.newSingleThreadExecutor(RunningBot.daemon("telegram-control"));
    private final AtomicReference<Optional<TelegramId>> admin = new AtomicReference<>(Optional.empty());
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Written only by the control thread; read by any thread that notifies. */
    private volatile RunningBot running;

    /**
     * @param apiBaseUrl where the Bot API is ({@code https://api.telegram.org} in production, an emulator in tests)
     * @param clock      the panel's clock: dates are shown in its time zone
     */
    public TelegramBot(TelegramUseCases useCases, URI apiBaseUrl, Clock clock) {
        this(useCases, apiBaseUrl, clock, TelegramBotOptions.DEFAULT);
    }

    TelegramBot(TelegramUseCases useCases, URI apiBaseUrl, Clock clock, TelegramBotOptions options) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.apiBaseUrl = Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        // Checked now, at wiring time: later it would only surface as a bot that silently fails to start.
        if (!"https".equals(apiBaseUrl.getScheme()) && !"http".equals(apiBaseUrl.getScheme()) || apiBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("The Bot API base URL must be an http(s) URL with a host: " + apiBaseUrl);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    // ---- lifecycle ----

    @Override
    public void settingsChanged(Settings settings) {
        try {
            Objects.requireNonNull(settings, "settings");
            admin.set(BotAdmin.of(settings));
            Optional<BotToken> wanted = wantedToken(settings);
            control.execute(() -> run(wanted));
        } catch (RejectedExecutionException e) {
            LOG.debug("Settings changed after the Telegram bot was closed; ignored");
        } catch (RuntimeException e) {
            LOG.error("Could not follow a settings change in the Telegram bot", e);
        }
    }

    /** Stops the bot and its threads; later settings changes are ignored. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            control.execute(() -> run(Optional.empty()));
        } catch (RejectedExecutionException e) {
            LOG.debug("The Telegram control thread was already shut down");
        }
        control.shutdown();
        try {
            if (!control.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The Telegram bot did not stop within {} s", CLOSE_TIMEOUT_SECONDS);
                control.shutdownNow();
            }
        } catch (InterruptedException e) {
            control.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a bot is connected now (tests and diagnostics). */
    boolean isRunning() {
        return running != null;
    }

    /** Waits until every start and stop asked for so far is done (tests). */
    void awaitSettled(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        Future<?> marker = control.submit(() -> { });
        marker.get(timeout, unit);
    }

    private static Optional<BotToken> wantedToken(Settings settings) {
        String token = settings.get(SettingKey.TELEGRAM_BOT_TOKEN).strip();
        if (!"1".equals(settings.get(SettingKey.TELEGRAM_BOT_STATUS)) || token.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BotToken(token));
        } catch (IllegalArgumentException e) {
            // The message does not show the token; neither does this log line.
            LOG.warn("The Telegram bot stays off: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** On the control thread only: makes the running bot match the wanted token. */
    private void run(Optional<BotToken> wanted) {
        RunningBot current = running;
        if (current != null && wanted.isPresent() && current.token().equals(wanted.get())) {
            return;
        }
        if (current != null) {
            running = null;
            current.stop();
            LOG.info("Telegram bot stopped");
        }
        if (wanted.isEmpty()) {
            return;
        }
        try {
            RunningBot started = RunningBot.create(useCases, texts, clock, options, apiBaseUrl, wanted.get());
            // Published before polling starts, so a notification caused by the first update finds it.
            running = started;
            started.startPolling();
            LOG.info("Telegram bot started ({})", wanted.get());
        } catch (RuntimeException e) {
            running = null;
            LOG.error("The Telegram bot could not start", e);
        }
    }

    // ---- NotificationPort ----

    @Override
    public boolean orderPlaced(Transaction order) {
        Objects.requireNonNull(order, "order");
        Optional<TelegramId> adminId = admin.get();
        return adminId.isPresent() && queue("order " + order.orderId(), notifier -> notifier.orderPlaced(adminId.get(), order));
    }

    @Override
    public boolean orderApproved(Transaction order, Client client, String config) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(config, "config");
        return queue("the approval of order " + order.orderId(), notifier -> notifier.orderApproved(order, client, config));
    }

    @Override
    public boolean orderRejected(Transaction order) {
        Objects.requireNonNull(order, "order");
        return queue("the rejection of order " + order.orderId(), notifier -> notifier.orderRejected(order));
    }

    @Override
    public boolean supportRequested(TelegramId from, Optional<ClientName> client, ChatText message) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(message, "message");
        Optional<TelegramId> adminId = admin.get();
        return adminId.isPresent()
                && queue("a support request of user " + from, notifier -> notifier.supportRequested(adminId.get(), from, client, message));
    }

    @Override
    public boolean broadcast(List<TelegramId> recipients, ChatText message) {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(message, "message");
        RunningBot bot = running;
        return bot != null && bot.queueBroadcast(recipients, message, admin::get);
    }

    @Override
    public boolean remind(TelegramId to, Reminder reminder) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reminder, "reminder");
        return queue("a reminder to user " + to, notifier -> notifier.remind(to, reminder));
    }

    private boolean queue(String what, Consumer<Notifier> delivery) {
        RunningBot bot = running;
        return bot != null && bot.queue(what, delivery);
    }
}
