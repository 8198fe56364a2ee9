package io.candypanel.adapter.telegram.botapi;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A settable clock; time moves only when a test (or a {@link RecordingSleeper}) moves it. */
final class FakeClock implements java.time.InstantSource {
    private final AtomicReference<Instant> now;

    FakeClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }
}
