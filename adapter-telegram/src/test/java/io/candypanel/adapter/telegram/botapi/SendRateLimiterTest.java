package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendRateLimiterTest {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private final FakeClock clock = new FakeClock(START);
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);

    @Test
    void theDefaultSpacesSendsFortyMillisecondsApart() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendRateLimiter.DEFAULT_MESSAGES_PER_SECOND, clock, sleeper);

        List<Instant> sends = sendTimes(limiter, clock, 60);

        assertEquals(START, sends.get(0), "the first send does not wait");
        for (int i = 1; i < sends.size(); i++) {
            assertEquals(Duration.ofMillis(40), Duration.between(sends.get(i - 1), sends.get(i)), "send " + i);
        }
    }

    @Test
    void noOneSecondWindowHoldsMoreThanTheLimit() throws InterruptedException {
        for (int perSecond : new int[] {1, 3, 7, 25, 30}) {
            FakeClock time = new FakeClock(START);
            SendRateLimiter limiter = new SendRateLimiter(perSecond, time, RecordingSleeper.advancing(time));

            List<Instant> sends = sendTimes(limiter, time, perSecond * 3 + 1);

            // Send i and send i + perSecond must be at least a second apart, or one window held perSecond + 1.
            for (int i = 0; i + perSecond < sends.size(); i++) {
                Duration gap = Duration.between(sends.get(i), sends.get(i + perSecond));
                assertTrue(gap.compareTo(Duration.ofSeconds(1)) >= 0, perSecond + "/s: sends " + i + " and "
                        + (i + perSecond) + " only " + gap + " apart");
            }
        }
    }

    @Test
    void anIdleSpellSavesUpNoBurst() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(25, clock, sleeper);
        limiter.acquire();
        clock.advance(Duration.ofSeconds(10));
        Instant afterIdle = clock.instant();

        List<Instant> sends = sendTimes(limiter, clock, 2);

        assertEquals(afterIdle, sends.get(0));
        assertEquals(afterIdle.plusMillis(40), sends.get(1));
    }

    @Test
    void sendsThatAreSlowAnywayNeverWait() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(25, clock, sleeper);

        for (int i = 0; i < 5; i++) {
            limiter.acquire();
            clock.advance(Duration.ofMillis(100));
        }

        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void theSpacingIsRoundedUp() {
        assertEquals(Duration.ofNanos(333_333_334), new SendRateLimiter(3, clock, sleeper).spacing());
    }

    @Test
    void rejectsARateOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> new SendRateLimiter(0, clock, sleeper));
        assertThrows(IllegalArgumentException.class, () -> new SendRateLimiter(1001, clock, sleeper));
    }

    /** When each send may go out: the fake time right after its acquire() returned. */
    private static List<Instant> sendTimes(SendRateLimiter limiter, FakeClock time, int count)
            throws InterruptedException {
        List<Instant> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            limiter.acquire();
            sends.add(time.instant());
        }
        return sends;
    }
}
