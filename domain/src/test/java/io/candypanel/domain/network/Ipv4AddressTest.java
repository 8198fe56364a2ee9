package io.candypanel.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4AddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "192.168.1.100", "255.255.255.255", "1.2.3.4"})
    void parsesCanonicalDottedQuadsAndPrintsThemBack(String text) {
        assertEquals(text, Ipv4Address.parse(text).toString());
        assertTrue(Ipv4Address.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256", "10.0.0", "010.0.0.1", " 10.0.0.1", "10.0.0.1 ", "10.0.0.1\n", "10..0.1",
            "10.0.0.1.", ".10.0.0.1", "10.0.0.-1", "10.0.0.+1", "a.b.c.d", "1000.0.0.1", "10.0.0.00", "", "::1",
            "10.0.0.1/24", "\u0661.0.0.1"})
    void refusesEverythingElse(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ipv4Address.parse(text));
        assertEquals("VALIDATION_FAILED", e.code());
        assertFalse(Ipv4Address.isValid(text));
    }

    @Test
    void nullIsRefusedWithAClearMessage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ipv4Address.parse(null));
        assertEquals("An IPv4 address is required.", e.getMessage());
    }

    @Test
    void theErrorMessageNeverEchoesControlCharacters() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ipv4Address.parse("10.0.0.1\nX-Injected: 1"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("'10.0.0.1?X-Injected: 1' is not an IPv4 address"), e.getMessage());
    }

    @Test
    void highAddressesAreOrderedAsUnsignedNumbers() {
        Ipv4Address low = Ipv4Address.parse("10.0.0.1");
        Ipv4Address high = Ipv4Address.parse("200.0.0.1");
        assertTrue(high.value() < 0, "200.x.x.x is negative as a signed int; the test must cover that case");
        assertTrue(low.compareTo(high) < 0);
        assertEquals(3_355_443_201L, high.unsigned());
    }

    @Test
    void nextIsTheFollowingAddress() {
        assertEquals(Ipv4Address.parse("10.0.1.0"), Ipv4Address.parse("10.0.0.255").next());
    }
}
