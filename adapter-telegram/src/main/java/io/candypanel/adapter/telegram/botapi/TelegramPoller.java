package io.candypanel.adapter.telegram.botapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches updates with getUpdates long polling on its own thread and hands them, one by one, to an
 * {@link UpdateHandler}.
 *
 * <ul>
 *   <li>The offset moves past an update only after the handler returned (or threw: the failure is
 *       logged and that update skipped), so nothing is confirmed to Telegram before it was handled.</li>
 *   <li>A 429 waits exactly Telegram's {@code retry_after}; any other failure waits per the
 *       {@link BackoffPolicy}, counting failures in a row and starting over after a success.</li>
 *   <li>{@link #stop()} interrupts a long poll or a wait at once, but lets an update in the handler
 *       finish (for up to {@link PollingConfig#stopTimeout()}), and then confirms the handled updates
 *       with one short poll, so that the next start does not handle them a second time.</li>
 * </ul>
 *
 * A poller runs once: {@link #start()} after {@link #stop()} is refused.
 */
public final class TelegramPoller {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramPoller.class);

    private final TelegramBotApi api;
    private final UpdateHandler handler;
    private final PollingConfig config;
    private final InstantSource clock;
    private final Sleeper sleeper;

    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private Thread thread;
    /** Guarded by {@link #lock}. */
    private boolean stopRequested;
    /**
     * Guarded by {@link #lock}: true while the poller thread waits for the server or sleeps, the only
     * times {@link #stop()} may interrupt it. A handler is never interrupted: half-done work (an
     * order half-saved, a message half-sent) is worse than a stop that takes a moment longer.
     */
    private boolean waiting;

    /** Only touched by the poller thread: the next update id to ask for. */
    private long offset;
    /** Only touched by the poller thread: the offset Telegram last received, i.e. what it has confirmed. */
    private long confirmedOffset;

    /** Real time: for production wiring. */
    public TelegramPoller(TelegramBotApi api, UpdateHandler handler, PollingConfig config) {
        this(api, handler, config, Clock.systemUTC(), Sleeper.system());
    }

    public TelegramPoller(TelegramBotApi api, UpdateHandler handler, PollingConfig config, InstantSource clock,
                          Sleeper sleeper) {
        this.api = Objects.requireNonNull(api, "api");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Starts the polling thread and returns at once. */
    public void start() {
        synchronized (lock) {
            if (thread != null || stopRequested) {
                throw new IllegalStateException("This Telegram poller was already started or stopped");
            }
            thread = new Thread(this::pollUntilStopped, "telegram-poller");
            // Lifecycle stops the poller; daemon only so that a forgotten one cannot hold the JVM open.
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Telegram polling died", e));
            thread.start();
        }
    }

    /**
     * Stops polling: an open long poll or a back-off wait is interrupted, an update being handled
     * finishes. Returns when the thread has ended or after {@link PollingConfig#stopTimeout()}.
     * Safe to call more than once, before {@link #start()}, and from the handler itself.
     */
    public void stop() {
        Thread poller;
        synchronized (lock) {
            stopRequested = true;
            poller = thread;
            if (poller == null) {
                return;
            }
            if (waiting) {
                poller.interrupt();
            }
        }
        if (poller == Thread.currentThread()) {
            return;
        }
        try {
            poller.join(Math.max(1, config.stopTimeout().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (poller.isAlive()) {
            LOG.warn("Telegram polling did not stop within {} ms; it ends after the update in hand",
                    config.stopTimeout().toMillis());
        }
    }

    private void pollUntilStopped() {
        LOG.info("Telegram polling started");
        try {
            int failuresInARow = 0;
            while (!stopRequested()) {
                Instant pollStarted = clock.instant();
                List<Update> updates;
                try {
                    updates = poll();
                } catch (TelegramRateLimitedException e) {
                    LOG.warn("Telegram rate limits getUpdates; next poll in {} s", e.retryAfter().toSeconds());
                    pause(e.retryAfter());
                    continue;
                } catch (TelegramApiException e) {
                    if (stopRequested()) {
                        break;
                    }
                    failuresInARow++;
                    Duration delay = config.backoff().delayAfter(failuresInARow);
                    logPollFailure(e, failuresInARow, delay);
                    pause(delay);
                    continue;
                }
                if (updates == null) {
                    break;
                }
                failuresInARow = 0;
                for (Update update : updates) {
                    if (stopRequested()) {
                        break;
                    }
                    deliver(update);
                }
                if (updates.isEmpty()) {
                    pauseIfAnsweredEarly(pollStarted);
                }
            }
        } finally {
            confirmHandledUpdates();
            LOG.info("Telegram polling stopped");
        }
    }

    /** One long poll, or null when a stop came first. */
    private List<Update> poll() {
        if (!enterWait()) {
            return null;
        }
        try {
            long asked = offset;
            List<Update> updates = api.getUpdates(asked, config.timeoutSeconds());
            confirmedOffset = asked;
            return updates;
        } finally {
            leaveWait();
        }
    }

    private void deliver(Update update) {
        if (update.updateId() < offset) {
            // Telegram never sends these; a server without offset support (the emulator) might.
            LOG.debug("Skipping update {}, already handled", update.updateId());
            return;
        }
        try {
            handler.handle(update);
        } catch (RuntimeException e) {
            LOG.error("Handling Telegram update {} failed; it is skipped", update.updateId(), e);
        }
        offset = update.updateId() + 1;
    }

    /**
     * Telegram answers an empty list only after holding the poll for its timeout. An empty answer
     * that came sooner means the server does not long-poll, so wait out the rest of the idle
     * interval rather than asking again in a busy loop.
     */
    private void pauseIfAnsweredEarly(Instant pollStarted) {
        Duration elapsed = Duration.between(pollStarted, clock.instant());
        Duration rest = config.idlePollInterval().minus(elapsed.isNegative() ? Duration.ZERO : elapsed);
        if (!rest.isNegative() && !rest.isZero()) {
            pause(rest);
        }
    }

    private void pause(Duration duration) {
        if (!enterWait()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            // Only stop() interrupts this thread, and the loop sees its request next.
            LOG.debug("Telegram polling wait interrupted by stop()");
        } finally {
            leaveWait();
        }
    }

    private boolean enterWait() {
        synchronized (lock) {
            if (stopRequested) {
                return false;
            }
            waiting = true;
            return true;
        }
    }

    private void leaveWait() {
        synchronized (lock) {
            waiting = false;
            // An interrupt from stop() is meant for the wait only, never for the handler that may run
            // next; stopRequested carries the request on.
            Thread.interrupted();
        }
    }

    private boolean stopRequested() {
        synchronized (lock) {
            return stopRequested;
        }
    }

    /**
     * Telegram forgets updates only when a later poll names a higher offset. Without this short
     * poll, the updates handled since the last one would be delivered again after a restart.
     */
    private void confirmHandledUpdates() {
        if (offset == confirmedOffset) {
            return;
        }
        try {
            api.getUpdates(offset, 0);
            LOG.debug("Confirmed Telegram updates below {}", offset);
        } catch (TelegramApiException e) {
            LOG.warn("Could not confirm the handled Telegram updates below {}; they may be delivered again: {}",
                    offset, e.getMessage());
        }
    }

    private static void logPollFailure(TelegramApiException failure, int failuresInARow, Duration delay) {
        if (failure instanceof TelegramRequestRejectedException) {
            // A wrong token (401/404) or a second bot instance polling (409) needs a person, but may
            // also clear up by itself (the other instance stops), so keep trying, slowly and loudly.
            LOG.error("Telegram rejected getUpdates (failure {} in a row), next poll in {} s: {}",
                    failuresInARow, delay.toSeconds(), failure.getMessage());
        } else {
            LOG.warn("Telegram getUpdates failed (failure {} in a row), next poll in {} s: {}",
                    failuresInARow, delay.toSeconds(), failure.getMessage());
        }
        LOG.debug("getUpdates failure", failure);
    }
}
