package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcClientRepositoryTest {
    private static final long LOW_MAX = (1L << 32) - 1;

    @Test
    void joinHalvesIsExactWhileTheSumFitsAndLongMaxValueAfter() {
        assertEquals(0, JdbcClientRepository.joinHalves(0, 0));
        assertEquals(LOW_MAX, JdbcClientRepository.joinHalves(0, LOW_MAX));
        assertEquals((3L << 32) + 5, JdbcClientRepository.joinHalves(1, (2L << 32) + 5), "low sums carry past 32 bits");
        assertEquals((1L << 53) + 3, JdbcClientRepository.joinHalves(1L << 21, 3));
        assertEquals(Long.MAX_VALUE, JdbcClientRepository.joinHalves((1L << 31) - 1, LOW_MAX), "exactly Long.MAX_VALUE");
    }

    @Test
    void joinHalvesStopsAtLongMaxValue() {
        assertEquals(Long.MAX_VALUE, JdbcClientRepository.joinHalves((1L << 31) - 1, 1L << 32), "the low half tips it over");
        assertEquals(Long.MAX_VALUE, JdbcClientRepository.joinHalves(1L << 31, 0), "the high half alone is 2^63");
        assertEquals(Long.MAX_VALUE, JdbcClientRepository.joinHalves(Long.MAX_VALUE, Long.MAX_VALUE));
    }
}
