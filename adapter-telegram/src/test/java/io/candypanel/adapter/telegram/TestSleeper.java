package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records every wait and returns at once, moving the {@link MutableClock} by it: minutes pass in microseconds. */
final class TestSleeper implements Sleeper {
    private final MutableClock clock;
    private final List<Duration> sleeps = new ArrayList<>();

    TestSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted before the wait");
        }
        synchronized (this) {
            sleeps.add(duration);
        }
        clock.advance(duration);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
