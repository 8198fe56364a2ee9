package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {
    @Test
    void theDefaultDoublesFromOneSecondUpToAMinute() {
        List<Long> seconds = IntStream.rangeClosed(1, 9)
                .mapToObj(failures -> BackoffPolicy.DEFAULT.delayAfter(failures).toSeconds())
                .toList();

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), seconds);
    }

    @Test
    void aHugeFailureCountStaysAtTheCap() {
        assertEquals(Duration.ofSeconds(60), BackoffPolicy.DEFAULT.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void aCapEqualToTheStartMeansAFixedDelay() {
        BackoffPolicy fixed = new BackoffPolicy(Duration.ofMillis(250), Duration.ofMillis(250));

        assertEquals(Duration.ofMillis(250), fixed.delayAfter(1));
        assertEquals(Duration.ofMillis(250), fixed.delayAfter(5));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new BackoffPolicy(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new BackoffPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> BackoffPolicy.DEFAULT.delayAfter(0));
    }
}
