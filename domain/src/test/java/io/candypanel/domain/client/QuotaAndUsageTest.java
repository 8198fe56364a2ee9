package io.candypanel.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class QuotaAndUsageTest {

    @Test
    void anUnlimitedQuotaIsNeverExceeded() {
        assertTrue(Quota.UNLIMITED.isUnlimited());
        assertFalse(Quota.UNLIMITED.exceededBy(Usage.NONE));
        assertFalse(Quota.UNLIMITED.exceededBy(new Usage(Long.MAX_VALUE, Long.MAX_VALUE)));
    }

    @Test
    void aQuotaIsExceededFromExactlyItsSize() {
        Quota quota = new Quota(1000);
        assertFalse(quota.isUnlimited());
        assertFalse(quota.exceededBy(new Usage(600, 399)));
        assertTrue(quota.exceededBy(new Usage(600, 400)), "reaching the quota exactly counts as exceeded");
        assertTrue(quota.exceededBy(new Usage(0, 1000)));
        assertTrue(quota.exceededBy(new Usage(5000, 0)));
    }

    @Test
    void aNegativeQuotaIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Quota(-1));
        assertEquals("VALIDATION_FAILED", e.code());
    }

    @Test
    void usageAddsUpAndSaturatesInsteadOfOverflowing() {
        Usage usage = new Usage(10, 20).plus(5, 7);
        assertEquals(new Usage(15, 27), usage);
        assertEquals(42, usage.total());
        assertEquals(Long.MAX_VALUE, new Usage(Long.MAX_VALUE, 1).total());
        assertEquals(new Usage(Long.MAX_VALUE, 1), new Usage(Long.MAX_VALUE - 1, 1).plus(10, 0));
    }

    @Test
    void negativeUsageOrCountersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Usage(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Usage(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new KernelCounters(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new KernelCounters(0, -1));
    }

    @Test
    void disabledReasonsHaveLowerCaseWireNames() {
        assertEquals("quota", DisabledReason.QUOTA.wireName());
        assertEquals(DisabledReason.EXPIRED, DisabledReason.fromWireName("expired"));
        assertEquals(DisabledReason.BANNED, DisabledReason.fromWireName("BANNED"));
        assertEquals(DisabledReason.MANUAL, DisabledReason.fromWireName(DisabledReason.MANUAL.wireName()));
    }
}
