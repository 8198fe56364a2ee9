package io.candypanel.domain.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.transaction.PlanArithmetic.CurrentPlan;
import io.candypanel.domain.transaction.PlanArithmetic.PlanResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanArithmeticTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final long GIB = 1L << 30;
    private static final long TIB = 1L << 40;

    private static Instant days(Instant base, long days) {
        return base.plus(Duration.ofDays(days));
    }

    private static PlanResult existing(Purchase purchase, Instant expiry, long quota, long used) {
        return PlanArithmetic.apply(purchase, NOW, Optional.of(new CurrentPlan(expiry, new Quota(quota), used)));
    }

    // --- §9.4 table, new client ------------------------------------------------------------

    @Test
    void gbPlanNewClientGets365DaysAndTheGb() {
        assertEquals(new PlanResult(days(NOW, 365), new Quota(10 * GIB)), PlanArithmetic.apply(Purchase.gb(10), NOW, Optional.empty()));
    }

    @Test
    void monthPlanNewClientGets30DaysPerMonthAnd1Tib() {
        assertEquals(new PlanResult(days(NOW, 90), new Quota(TIB)), PlanArithmetic.forNewClient(Purchase.months(3), NOW));
    }

    @Test
    void customPlanNewClientGetsBoth() {
        assertEquals(new PlanResult(days(NOW, 60), new Quota(50 * GIB)), PlanArithmetic.forNewClient(Purchase.custom(2, 50), NOW));
    }

    // --- §9.4 table, existing client -------------------------------------------------------

    @Test
    void gbPlanExistingValidClientAddsTheGbOnTopAndKeepsItsExpiry() {
        Instant expiry = days(NOW, 10);
        assertEquals(new PlanResult(expiry, new Quota(15 * GIB)), existing(Purchase.gb(10), expiry, 5 * GIB, 2 * GIB));
    }

    @Test
    void monthPlanExistingClientExtendsFromItsFutureExpiry() {
        Instant expiry = days(NOW, 10);
        assertEquals(new PlanResult(days(expiry, 30), new Quota(TIB)), existing(Purchase.months(1), expiry, 100 * GIB, 0));
    }

    @Test
    void customPlanExistingClientExtendsAndAddsOnTop() {
        Instant expiry = days(NOW, 10);
        assertEquals(new PlanResult(days(expiry, 60), new Quota(25 * GIB)), existing(Purchase.custom(2, 20), expiry, 5 * GIB, GIB));
    }

    @Test
    void anExpiredClientExtendsFromNowNotFromThePast() {
        Instant expired = NOW.minus(Duration.ofDays(100));
        assertEquals(days(NOW, 30), existing(Purchase.months(1), expired, TIB, 0).expiresAt());
        assertEquals(days(NOW, 30), existing(Purchase.custom(1, 1), expired, TIB, 0).expiresAt());
    }

    @Test
    void aGbPlanOnAnExpiredClientGives365DaysSoThePaidTrafficIsUsable() {
        Instant expired = NOW.minus(Duration.ofDays(1));
        assertEquals(days(NOW, 365), existing(Purchase.gb(1), expired, GIB, 0).expiresAt());
        assertEquals(days(NOW, 365), existing(Purchase.gb(1), NOW, GIB, 0).expiresAt(), "expiring exactly now counts as expired");
    }

    // --- fixed edge cases --------------------------------------------------------------------

    @Test
    void customWithZeroMonthsNeverYieldsAnInstantlyExpiredClient() {
        assertEquals(new PlanResult(days(NOW, 365), new Quota(7 * GIB)), PlanArithmetic.forNewClient(Purchase.custom(0, 7), NOW));
        Instant expiry = days(NOW, 5);
        assertEquals(expiry, existing(Purchase.custom(0, 7), expiry, GIB, 0).expiresAt());
        assertEquals(days(NOW, 365), existing(Purchase.custom(0, 7), NOW.minusSeconds(1), GIB, 0).expiresAt());
    }

    @Test
    void customWithZeroGbNeverYieldsAnUnlimitedOrExhaustedClient() {
        assertEquals(new PlanResult(days(NOW, 30), new Quota(TIB)), PlanArithmetic.forNewClient(Purchase.custom(1, 0), NOW));
        Instant expiry = days(NOW, 5);
        assertEquals(new Quota(TIB), existing(Purchase.custom(1, 0), expiry, 10 * GIB, 0).quota());
        assertEquals(new Quota(2 * TIB), existing(Purchase.custom(1, 0), expiry, 10 * GIB, TIB).quota(),
                "usage at the resulting quota: the 1 TiB goes on top of the usage, never quota = used");
    }

    @Test
    void aMonthPlanNeverShrinksALargerQuota() {
        assertEquals(new Quota(3 * TIB), existing(Purchase.months(1), days(NOW, 5), 3 * TIB, 0).quota());
    }

    @Test
    void anUnlimitedQuotaStaysUnlimited() {
        Instant expiry = days(NOW, 5);
        assertEquals(Quota.UNLIMITED, existing(Purchase.gb(10), expiry, 0, 50 * TIB).quota());
        assertEquals(Quota.UNLIMITED, existing(Purchase.months(1), expiry, 0, 0).quota());
        assertEquals(Quota.UNLIMITED, existing(Purchase.custom(1, 0), expiry, 0, 0).quota());
    }

    @Test
    void whenUsageExceedsTheResultTheBoughtBytesGoOnTopOfTheUsage() {
        Instant expiry = days(NOW, 5);
        assertEquals(new Quota(40 * GIB + 10 * GIB), existing(Purchase.gb(10), expiry, 20 * GIB, 40 * GIB).quota());
        assertEquals(new Quota(30 * GIB + 10 * GIB), existing(Purchase.gb(10), expiry, 20 * GIB, 30 * GIB).quota(),
                "usage exactly at the new quota is also exhausted");
        assertEquals(new Quota(2 * TIB + TIB), existing(Purchase.months(1), expiry, TIB, 2 * TIB).quota());
        assertEquals(new Quota(30 * GIB), existing(Purchase.gb(10), expiry, 20 * GIB, 28 * GIB).quota(),
                "usage below the new quota: plain addition");
    }

    @Test
    void sumsSaturateAndTheExpiryIsCapped() {
        Instant late = Instant.parse("9999-06-01T00:00:00Z");
        PlanResult result = existing(Purchase.months(120), late, Long.MAX_VALUE - GIB, 0);
        assertEquals(PlanArithmetic.LATEST_EXPIRY, result.expiresAt());
        assertEquals(new Quota(Long.MAX_VALUE), existing(Purchase.gb(10), days(NOW, 1), Long.MAX_VALUE - GIB, 0).quota());
    }
}
