package io.candypanel.adapter.telegram.botapi;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait after consecutive failures: {@code initialDelay} after the first, doubling after
 * each further one, never more than {@code maxDelay} (1 s, 2 s, 4 s ... 60 s by default). The caller
 * counts the failures and starts over at 1 after a success. There is no jitter: one bot process has
 * no herd of clients to spread out, and a fixed sequence keeps tests exact.
 *
 * @param initialDelay the wait after the first failure
 * @param maxDelay     the cap
 */
public record BackoffPolicy(Duration initialDelay, Duration maxDelay) {
    public static final BackoffPolicy DEFAULT = new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60));

    public BackoffPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("The initial delay must be positive: " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("The maximum delay " + maxDelay + " is below the initial delay "
                    + initialDelay);
        }
    }

    /** @param consecutiveFailures 1 for the first failure in a row */
    public Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("Count failures from 1: " + consecutiveFailures);
        }
        Duration delay = initialDelay;
        // Doubling stops at the cap, so even a failure count in the millions cannot overflow.
        for (int failure = 1; failure < consecutiveFailures && delay.compareTo(maxDelay) < 0; failure++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
