package io.candypanel.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IpAllocatorTest {
    private static final Ipv4Cidr RANGE = Ipv4Cidr.parse("10.0.0.1/24");

    private static Ipv4Address ip(String text) {
        return Ipv4Address.parse(text);
    }

    /** Allocates one address after another the way the service does: each result becomes taken. */
    private static List<Ipv4Address> allocateAll(Ipv4Cidr range, int count) {
        List<Ipv4Address> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(IpAllocator.lowestFree(range, taken));
        }
        return taken;
    }

    @Test
    void theFirstClientGetsTheAddressAfterTheServer() {
        assertEquals(ip("10.0.0.2"), IpAllocator.lowestFree(RANGE, List.of()));
    }

    @Test
    void addressesAreHandedOutInAscendingOrder() {
        assertEquals(List.of(ip("10.0.0.2"), ip("10.0.0.3"), ip("10.0.0.4")), allocateAll(RANGE, 3));
    }

    @Test
    void theLowestGapIsReused() {
        List<Ipv4Address> taken = List.of(ip("10.0.0.2"), ip("10.0.0.4"), ip("10.0.0.3"), ip("10.0.0.6"));
        assertEquals(ip("10.0.0.5"), IpAllocator.lowestFree(RANGE, taken));
        assertEquals(ip("10.0.0.2"), IpAllocator.lowestFree(RANGE, List.of(ip("10.0.0.3"), ip("10.0.0.4"))));
    }

    @Test
    void aServerAddressInTheMiddleOfTheRangeIsSkipped() {
        Ipv4Cidr range = Ipv4Cidr.parse("10.0.0.100/24");
        assertEquals(ip("10.0.0.1"), IpAllocator.lowestFree(range, List.of()));
        List<Ipv4Address> taken = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            taken.add(ip("10.0.0." + i));
        }
        assertEquals(ip("10.0.0.101"), IpAllocator.lowestFree(range, taken));
    }

    @Test
    void aFullSlash24GivesExactly253ClientsAndNeverTheNetworkServerOrBroadcast() {
        List<Ipv4Address> all = allocateAll(RANGE, 253);
        Set<Ipv4Address> distinct = new HashSet<>(all);
        assertEquals(253, distinct.size());
        assertFalse(distinct.contains(ip("10.0.0.0")));
        assertFalse(distinct.contains(ip("10.0.0.1")));
        assertFalse(distinct.contains(ip("10.0.0.255")));
        assertTrue(all.stream().allMatch(RANGE::contains));
        assertEquals(ip("10.0.0.254"), all.get(252));

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> IpAllocator.lowestFree(RANGE, all));
        assertEquals("ADDRESS_POOL_EXHAUSTED", e.code());
        assertEquals("No free IPv4 address is left in 10.0.0.1/24 (253 client addresses, all taken).", e.getMessage());
    }

    @Test
    void aSlash30HasRoomForOneClient() {
        Ipv4Cidr range = Ipv4Cidr.parse("10.0.0.1/30");
        Ipv4Address only = IpAllocator.lowestFree(range, List.of());
        assertEquals(ip("10.0.0.2"), only);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> IpAllocator.lowestFree(range, List.of(only)));
        assertEquals("ADDRESS_POOL_EXHAUSTED", e.code());
        assertTrue(e.getMessage().contains("10.0.0.1/30"), e.getMessage());
        assertTrue(e.getMessage().contains("1 client addresses"), e.getMessage());
    }

    @Test
    void aSlash30WithTheServerOnTheSecondHostGivesTheFirstHost() {
        Ipv4Cidr range = Ipv4Cidr.parse("10.0.0.2/30");
        assertEquals(ip("10.0.0.1"), IpAllocator.lowestFree(range, List.of()));
        assertThrows(RuleViolationException.class, () -> IpAllocator.lowestFree(range, List.of(ip("10.0.0.1"))));
    }

    @Test
    void takenAddressesOutsideTheRangeAreIgnored() {
        List<Ipv4Address> elsewhere = List.of(ip("10.0.1.2"), ip("192.168.0.2"));
        assertEquals(ip("10.0.0.2"), IpAllocator.lowestFree(RANGE, elsewhere));
    }

    @Test
    void aStoredServerAddressInTheTakenListChangesNothing() {
        assertEquals(ip("10.0.0.2"), IpAllocator.lowestFree(RANGE, List.of(ip("10.0.0.1"))));
    }

    @Test
    void worksInHighAddressRanges() {
        Ipv4Cidr range = Ipv4Cidr.parse("200.0.0.1/29");
        List<Ipv4Address> all = allocateAll(range, 5);
        assertEquals(List.of(ip("200.0.0.2"), ip("200.0.0.3"), ip("200.0.0.4"), ip("200.0.0.5"), ip("200.0.0.6")), all);
        assertThrows(RuleViolationException.class, () -> IpAllocator.lowestFree(range, all));
    }
}
