package io.candypanel.adapter.telegram.botapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Paces bulk sends (a broadcast to every bot user) below Telegram's limit of about 30 messages per
 * second across all chats: call {@link #acquire()} before each send. Sends are spaced evenly,
 * {@code 1 s / messagesPerSecond} apart, so no one-second window ever holds more than
 * {@code messagesPerSecond} of them; an idle spell does not save up a burst. Safe for several
 * threads: each caller gets its own slot.
 */
public final class SendRateLimiter {
    /** Telegram's FAQ: "no more than 30 messages per second"; 25 leaves room for replies to users. */
    public static final int DEFAULT_MESSAGES_PER_SECOND = 25;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Duration spacing;
    private final InstantSource clock;
    private final Sleeper sleeper;
    /** Guarded by this: the earliest moment the next send may go out. */
    private Instant nextSlot;

    /** Real time: for production wiring. */
    public SendRateLimiter(int messagesPerSecond) {
        this(messagesPerSecond, Clock.systemUTC(), Sleeper.system());
    }

    public SendRateLimiter(int messagesPerSecond, InstantSource clock, Sleeper sleeper) {
        if (messagesPerSecond < 1 || messagesPerSecond > 1000) {
            throw new IllegalArgumentException("Messages per second must be 1 to 1000: " + messagesPerSecond);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        // Rounded up: with 333,333,333 ns for 3/s, the 4th send would land 1 ns inside the first second.
        this.spacing = Duration.ofNanos((NANOS_PER_SECOND + messagesPerSecond - 1) / messagesPerSecond);
    }

    /** Waits until the caller may send one message. */
    public void acquire() throws InterruptedException {
        Instant slot;
        synchronized (this) {
            Instant now = clock.instant();
            slot = nextSlot == null || nextSlot.isBefore(now) ? now : nextSlot;
            nextSlot = slot.plus(spacing);
        }
        Duration wait = Duration.between(clock.instant(), slot);
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    Duration spacing() {
        return spacing;
    }
}
