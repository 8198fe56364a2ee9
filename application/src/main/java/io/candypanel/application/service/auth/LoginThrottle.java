package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.TooManyLoginAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code maxFailures} failed logins per remote address in a sliding window; further
 * attempts are refused until the oldest failure leaves the window. Kept in memory: a restart
 * forgets it, which costs an attacker a restart per few guesses.
 */
public final class LoginThrottle {
    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
    static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxFailures = maxFailures;
        this.window = Objects.requireNonNull(window, "window");
    }

    public void check(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            if (recent.size() >= maxFailures) {
                long retryAfter = Math.max(1, Duration.between(now, recent.peekFirst().plus(window)).toSeconds() + 1);
                throw new TooManyLoginAttemptsException(retryAfter);
            }
        }
    }

    /**
     * Checks and counts one attempt in a single step, as a failure until {@link #recordSuccess}
     * clears it: parallel guesses cannot all pass the check before any of them is counted.
     */
    public void acquire(String address) {
        if (failures.size() >= MAX_TRACKED_ADDRESSES) {
            failures.clear(); // bounded memory under a distributed attack; each address starts over
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            if (recent.size() >= maxFailures) {
                long retryAfter = Math.max(1, Duration.between(now, recent.peekFirst().plus(window)).toSeconds() + 1);
                throw new TooManyLoginAttemptsException(retryAfter);
            }
            recent.addLast(now);
        }
    }

    public void recordFailure(String address) {
        if (failures.size() >= MAX_TRACKED_ADDRESSES) {
            failures.clear(); // bounded memory under a distributed attack; each address starts over
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            recent.addLast(now);
        }
    }

    public void recordSuccess(String address) {
        failures.remove(address);
    }

    private void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
