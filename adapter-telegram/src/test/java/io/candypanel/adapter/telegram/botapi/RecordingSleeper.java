package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every requested wait. By default it returns at once and moves a {@link FakeClock} (if
 * given) by the wait, so code under test "waits" minutes in microseconds; with a delegate it really
 * waits through it (to test that a wait can be interrupted).
 */
final class RecordingSleeper implements Sleeper {
    private final FakeClock clock;
    private final Sleeper delegate;
    private final List<Duration> sleeps = new ArrayList<>();

    private RecordingSleeper(FakeClock clock, Sleeper delegate) {
        this.clock = clock;
        this.delegate = delegate;
    }

    static RecordingSleeper instant() {
        return new RecordingSleeper(null, null);
    }

    static RecordingSleeper advancing(FakeClock clock) {
        return new RecordingSleeper(clock, null);
    }

    static RecordingSleeper delegatingTo(Sleeper delegate) {
        return new RecordingSleeper(null, delegate);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        synchronized (this) {
            sleeps.add(duration);
            notifyAll();
        }
        if (clock != null) {
            clock.advance(duration);
        }
        if (delegate != null) {
            delegate.sleep(duration);
        }
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The first {@code count} waits, once there are that many; fails the test after {@link FakeBotApi#AWAIT}. */
    synchronized List<Duration> awaitSleeps(int count) throws InterruptedException {
        long deadline = System.nanoTime() + FakeBotApi.AWAIT.toNanos();
        while (sleeps.size() < count) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return fail("Expected " + count + " sleeps, got " + sleeps);
            }
            wait(remainingMillis);
        }
        return List.copyOf(sleeps.subList(0, count));
    }
}
