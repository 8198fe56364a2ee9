package io.candypanel.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv6Test {

    @ParameterizedTest
    @CsvSource({
            "fd42:42:42::1, fd42:42:42::1",
            "FD42:0042:0042:0000:0000:0000:0000:0001, fd42:42:42::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:0db8:0000:0000:0000:0000:0002:0001, 2001:db8::2:1",
            "::, ::",
            "::1, ::1",
            "1::, 1::",
            "2001:db8:1:1:1:1:1:1, 2001:db8:1:1:1:1:1:1",
            "2001:0:0:1:0:0:0:1, 2001:0:0:1::1"})
    void parsesAndPrintsTheCanonicalForm(String text, String canonical) {
        assertEquals(canonical, Ipv6Address.parse(text).toString());
        assertEquals(Ipv6Address.parse(text), Ipv6Address.parse(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7", "fe80::1%eth0",
            "::ffff:10.0.0.1", " ::1"})
    void refusesWhatIsNotAnIpv6Address(String text) {
        assertThrows(InvalidValueException.class, () -> Ipv6Address.parse(text));
        assertFalse(Ipv6Address.isValid(text));
    }

    @Test
    void rangesAreUniqueLocalOrGlobalFrom64To120WithAHostPart() {
        Ipv6Cidr range = Ipv6Cidr.parse("fd42:42:42::1/64");
        assertEquals("fd42:42:42::", range.network().toString());
        assertEquals("fd42:42:42:0:ffff:ffff:ffff:ffff", range.last().toString());
        assertEquals("fd42:42:42::1/64", range.toString());
        assertEquals("2001:db8:5::ff", Ipv6Cidr.parse("2001:db8:5::1/120").last().toString());
        for (String bad : List.of("fd42::1/63", "fd42::1/121", "fe80::1/64", "::1/64", "ff02::1/64", "fd42:42:42::/64",
                "fd42::1", "fd42::1/", "fd42::1/6x", "fd42::1/64/64", "10.0.0.1/24")) {
            assertEquals("INVALID_IPV6_RANGE", assertThrows(InvalidValueException.class, () -> Ipv6Cidr.parse(bad)).code(), bad);
        }
    }

    @Test
    void overlapIsAboutTheWiderPrefix() {
        Ipv6Cidr wide = Ipv6Cidr.parse("fd42:42:42::1/64");
        assertTrue(wide.overlaps(Ipv6Cidr.parse("fd42:42:42::1:1/120")));
        assertTrue(Ipv6Cidr.parse("fd42:42:42::1:1/120").overlaps(wide));
        assertFalse(wide.overlaps(Ipv6Cidr.parse("fd42:42:43::1/64")));
        assertFalse(Ipv6Cidr.parse("fd42::1/120").overlaps(Ipv6Cidr.parse("fd42::101/120")));
    }

    @Test
    void theFirstClientGetsTheLowestHostThatIsNotTheServers() {
        Ipv6Cidr range = Ipv6Cidr.parse("fd42:42:42::1/64");
        assertEquals("fd42:42:42::2", Ipv6Allocator.lowestFree(range, List.of()).toString());
        Ipv6Cidr serverHigh = Ipv6Cidr.parse("fd42:42:42::10/64");
        assertEquals("fd42:42:42::1", Ipv6Allocator.lowestFree(serverHigh, List.of()).toString());
    }

    @Test
    void gapsAreFilledFirstAndForeignAddressesIgnored() {
        Ipv6Cidr range = Ipv6Cidr.parse("fd42:42:42::1/64");
        List<Ipv6Address> taken = List.of(Ipv6Address.parse("fd42:42:42::2"), Ipv6Address.parse("fd42:42:42::4"),
                Ipv6Address.parse("fd99::3"));
        assertEquals("fd42:42:42::3", Ipv6Allocator.lowestFree(range, taken).toString());
    }

    @Test
    void aSlash120IsExhaustedAfter254Clients() {
        Ipv6Cidr range = Ipv6Cidr.parse("fd42:42:42::1/120");
        List<Ipv6Address> taken = new ArrayList<>();
        for (int i = 0; i < 254; i++) {
            taken.add(Ipv6Allocator.lowestFree(range, taken));
        }
        assertEquals("fd42:42:42::2", taken.get(0).toString());
        assertEquals("fd42:42:42::ff", taken.get(253).toString());
        assertEquals("IPV6_POOL_EXHAUSTED",
                assertThrows(RuleViolationException.class, () -> Ipv6Allocator.lowestFree(range, taken)).code());
    }

    @Test
    void aHugeRangeIsNeverEnumerated() {
        // 100,000 clients in a /64: the walk visits only the taken addresses, whatever the range's size.
        Ipv6Cidr range = Ipv6Cidr.parse("2001:db8:7::1/64");
        List<Ipv6Address> taken = new ArrayList<>();
        Ipv6Address next = range.network().plus(2);
        for (int i = 0; i < 100_000; i++) {
            taken.add(next);
            next = next.plus(1);
        }
        assertEquals(range.network().plus(100_002), Ipv6Allocator.lowestFree(range, taken));
        assertEquals(Ipv6Address.parse("2001:db8:7:0:ffff:ffff:ffff:fffe").plus(1), range.last());
    }
}
