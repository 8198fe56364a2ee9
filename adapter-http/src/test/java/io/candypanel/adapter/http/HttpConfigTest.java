package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpConfigTest {

    @Test
    void defaultsAreTheOriginalPanelsPortOnAllAddresses() {
        HttpConfig defaults = HttpConfig.defaults();

        assertEquals("0.0.0.0", defaults.bindAddress());
        assertEquals(3446, defaults.port());
    }

    @Test
    void metricsNeedATokenUnlessConfiguredPublic() {
        assertEquals(false, HttpConfig.defaults().metricsPublic());
        assertEquals(false, new HttpConfig("127.0.0.1", 8080).metricsPublic());
        assertEquals(true, new HttpConfig("127.0.0.1", 8080, true).metricsPublic());
    }

    @Test
    void keepsWhatItIsGiven() {
        HttpConfig config = new HttpConfig("127.0.0.1", 8080);

        assertEquals("127.0.0.1", config.bindAddress());
        assertEquals(8080, config.port());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65535})
    void acceptsEveryPortIncludingZeroForAnyFreeOne(int port) {
        assertEquals(port, new HttpConfig("::1", port).port());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesPortsOutsideTheTcpRange(int port) {
        assertThrows(IllegalArgumentException.class, () -> new HttpConfig("127.0.0.1", port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void refusesABlankBindAddress(String bindAddress) {
        assertThrows(IllegalArgumentException.class, () -> new HttpConfig(bindAddress, 3446));
    }

    @Test
    void refusesAMissingBindAddress() {
        assertThrows(NullPointerException.class, () -> new HttpConfig(null, 3446));
    }
}
