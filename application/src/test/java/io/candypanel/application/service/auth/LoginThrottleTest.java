package io.candypanel.application.service.auth;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.port.in.auth.TooManyLoginAttemptsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final String A = "203.0.113.9";
    private static final String B = "198.51.100.7";

    private final MutableClock clock = new MutableClock(NOW);
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.DEFAULT_MAX_FAILURES, LoginThrottle.DEFAULT_WINDOW);

    /** One failed attempt as LoginService makes it: checked first, then recorded as a failure. */
    private void failedAttempt(String address) {
        throttle.check(address);
        throttle.recordFailure(address);
    }

    /** Failures from {@code address}, {@code gap} apart, the clock ending on the last one. */
    private void failures(String address, int count, Duration gap) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                clock.advance(gap);
            }
            failedAttempt(address);
        }
    }

    private TooManyLoginAttemptsException refused(String address) {
        return assertThrows(TooManyLoginAttemptsException.class, () -> throttle.check(address));
    }

    @Test
    void theDefaultIsFiveFailuresPerMinute() {
        assertEquals(5, LoginThrottle.DEFAULT_MAX_FAILURES);
        assertEquals(Duration.ofMinutes(1), LoginThrottle.DEFAULT_WINDOW);
    }

    @Test
    void anAddressMayFailFiveTimesAndIsThenRefused() {
        failures(A, 4, Duration.ofSeconds(1));
        assertDoesNotThrow(() -> throttle.check(A), "four failures are still allowed another try");
        throttle.recordFailure(A);

        TooManyLoginAttemptsException e = refused(A);
        assertEquals("TOO_MANY_LOGIN_ATTEMPTS", e.code());
        assertTrue(e.getMessage().contains(e.retryAfterSeconds() + " seconds"), e.getMessage());
    }

    @Test
    void retryAfterIsTheTimeUntilTheOldestFailureLeavesTheWindow() {
        failures(A, 5, Duration.ofSeconds(10));   // at 0, 10, 20, 30 and 40 s; now is 40 s

        long retryAfter = refused(A).retryAfterSeconds();

        // The failure at 0 s leaves the window at 60 s: 20 s from now (rounded up, at most one second more).
        assertTrue(retryAfter >= 20 && retryAfter <= 21, "retry after " + retryAfter);
        clock.advance(Duration.ofSeconds(19));
        refused(A);
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> throttle.check(A));
    }

    @Test
    void waitingRetryAfterSecondsIsAlwaysEnough() {
        failures(A, 5, Duration.ofMillis(2345));
        clock.advance(Duration.ofMillis(777));

        long retryAfter = refused(A).retryAfterSeconds();

        clock.advance(Duration.ofSeconds(retryAfter).minusSeconds(2));
        refused(A);   // the hint is not much longer than needed...
        clock.advance(Duration.ofSeconds(2));
        assertDoesNotThrow(() -> throttle.check(A), "...and never too short");
    }

    @Test
    void retryAfterIsAtLeastOneSecondAndAtMostTheWindow() {
        failures(A, 5, Duration.ZERO);
        long atOnce = refused(A).retryAfterSeconds();
        assertTrue(atOnce >= 60 && atOnce <= 61, "retry after " + atOnce);

        clock.advance(Duration.ofSeconds(60).minusMillis(1));
        assertEquals(1, refused(A).retryAfterSeconds(), "a millisecond left is reported as one second, never zero");
    }

    @Test
    void otherAddressesAreNotAffected() {
        failures(A, 5, Duration.ZERO);
        refused(A);

        assertDoesNotThrow(() -> throttle.check(B));
        failures(B, 4, Duration.ZERO);
        assertDoesNotThrow(() -> throttle.check(B));
        assertDoesNotThrow(() -> throttle.check("2001:db8::1"));
        refused(A);
    }

    @Test
    void aSuccessResetsTheAddress() {
        failures(A, 4, Duration.ZERO);
        throttle.recordSuccess(A);

        failures(A, 4, Duration.ZERO);
        assertDoesNotThrow(() -> throttle.check(A), "only the four failures since the success count");
        throttle.recordFailure(A);
        refused(A);
    }

    @Test
    void aSuccessOfOneAddressDoesNotResetAnother() {
        failures(A, 5, Duration.ZERO);
        throttle.recordSuccess(B);
        refused(A);
    }

    @Test
    void theWindowSlidesWithTheClock() {
        failures(A, 5, Duration.ofSeconds(10));   // 0 .. 40 s
        refused(A);

        clock.advance(Duration.ofSeconds(20));    // 60 s: the failure at 0 s has left the window
        failedAttempt(A);                         // allowed, and fails again: 10 .. 60 s are five failures

        long retryAfter = refused(A).retryAfterSeconds();
        assertTrue(retryAfter >= 10 && retryAfter <= 11, "the failure at 10 s leaves at 70 s: " + retryAfter);
        clock.advance(Duration.ofSeconds(10));
        assertDoesNotThrow(() -> throttle.check(A));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failures(A, 4, Duration.ZERO);
        clock.advance(Duration.ofMinutes(1));
        failures(A, 4, Duration.ZERO);
        assertDoesNotThrow(() -> throttle.check(A));
    }

    @Test
    void refusedAttemptsDoNotProlongTheBlock() {
        failures(A, 5, Duration.ZERO);
        for (int second = 1; second < 60; second++) {
            clock.advance(Duration.ofSeconds(1));
            refused(A);
        }
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> throttle.check(A), "hammering while refused does not extend the minute");
    }

    @Test
    void aThrottleNeedsAClockAndAWindow() {
        assertThrows(NullPointerException.class, () -> new LoginThrottle(null, 5, Duration.ofMinutes(1)));
        assertThrows(NullPointerException.class, () -> new LoginThrottle(clock, 5, null));
    }
}
