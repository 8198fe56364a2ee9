package io.candypanel.adapter.telegram.botapi;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link TelegramPoller} polls.
 *
 * @param timeoutSeconds   how long Telegram may hold each getUpdates open (long polling)
 * @param idlePollInterval the least time between the starts of two polls when the first came back
 *                         empty. Telegram only answers empty after holding the request for
 *                         {@code timeoutSeconds}, so this never delays it; a server that answers at
 *                         once (the telegram-test-api emulator has no long polling) is asked at this
 *                         pace instead of in a busy loop
 * @param backoff          the waits after failed polls
 * @param stopTimeout      how long {@link TelegramPoller#stop()} waits for the update in hand to finish
 */
public record PollingConfig(int timeoutSeconds, Duration idlePollInterval, BackoffPolicy backoff,
                            Duration stopTimeout) {
    /** Telegram's examples use 25–50 s; beyond that proxies and NAT tables start cutting idle connections. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 25;
    public static final PollingConfig DEFAULT = new PollingConfig(DEFAULT_TIMEOUT_SECONDS, Duration.ofSeconds(1),
            BackoffPolicy.DEFAULT, Duration.ofSeconds(5));

    public PollingConfig {
        Objects.requireNonNull(idlePollInterval, "idlePollInterval");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (timeoutSeconds < 0 || timeoutSeconds > 600) {
            throw new IllegalArgumentException("The poll timeout must be 0 to 600 s: " + timeoutSeconds);
        }
        if (idlePollInterval.isNegative()) {
            throw new IllegalArgumentException("The idle poll interval cannot be negative: " + idlePollInterval);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("The stop timeout cannot be negative: " + stopTimeout);
        }
    }

    public PollingConfig withTimeoutSeconds(int newTimeoutSeconds) {
        return new PollingConfig(newTimeoutSeconds, idlePollInterval, backoff, stopTimeout);
    }

    public PollingConfig withIdlePollInterval(Duration newIdlePollInterval) {
        return new PollingConfig(timeoutSeconds, newIdlePollInterval, backoff, stopTimeout);
    }
}
