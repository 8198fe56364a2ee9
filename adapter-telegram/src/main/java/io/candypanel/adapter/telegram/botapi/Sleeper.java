package io.candypanel.adapter.telegram.botapi;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waiting, behind a seam: the poller's back-off and the rate limiter wait through it, so tests can
 * record the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {
    /** Returns after {@code duration}, or throws when the thread is interrupted first. */
    void sleep(Duration duration) throws InterruptedException;

    /** Really waits, with {@link TimeUnit#sleep}; zero and negative durations return at once. */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
