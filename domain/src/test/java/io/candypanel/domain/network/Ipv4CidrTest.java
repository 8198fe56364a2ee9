package io.candypanel.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4CidrTest {

    @Test
    void parsesTheServerAddressAndThePrefix() {
        Ipv4Cidr range = Ipv4Cidr.parse("10.0.0.1/24");
        assertEquals(Ipv4Address.parse("10.0.0.1"), range.serverAddress());
        assertEquals(24, range.prefixLength());
        assertEquals(Ipv4Address.parse("10.0.0.0"), range.network());
        assertEquals(Ipv4Address.parse("10.0.0.255"), range.broadcast());
        assertEquals("10.0.0.1/24", range.toString());
        assertEquals("10.0.0.0/24", range.networkNotation());
        assertEquals(253, range.clientCapacity());
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.0.1/8, 10.0.0.0/8, 16777213",
            "172.16.5.9/16, 172.16.0.0/16, 65533",
            "10.0.0.100/24, 10.0.0.0/24, 253",
            "192.168.7.130/25, 192.168.7.128/25, 125",
            "10.0.0.1/30, 10.0.0.0/30, 1",
            "10.0.0.2/30, 10.0.0.0/30, 1"})
    void computesNetworkNotationAndCapacity(String text, String network, long capacity) {
        Ipv4Cidr range = Ipv4Cidr.parse(text);
        assertEquals(network, range.networkNotation());
        assertEquals(capacity, range.clientCapacity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256/24", "10.0.0/24", "010.0.0.1/24", " 10.0.0.1/24", "10.0.0.1/24 ", "10.0.0.1/33",
            "10.0.0.1/", "10.0.0.1", "10.0.0.1/24/24", "10.0.0.1/-1", "10.0.0.1/+8", "10.0.0.1/x", "10.0.0.1/100", "",
            "   ", "10.0.0.1/24\n"})
    void refusesMalformedRanges(String text) {
        assertThrows(InvalidValueException.class, () -> Ipv4Cidr.parse(text));
    }

    @Test
    void refusesNull() {
        assertThrows(InvalidValueException.class, () -> Ipv4Cidr.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/0", "10.0.0.1/1", "10.0.0.1/7", "10.0.0.1/31", "10.0.0.1/32"})
    void refusesPrefixesOutsideEightToThirty(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ipv4Cidr.parse(text));
        assertTrue(e.getMessage().contains("between /8 and /30"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/8", "10.0.0.1/30"})
    void acceptsTheBoundaryPrefixes(String text) {
        assertEquals(text, Ipv4Cidr.parse(text).toString());
    }

    @Test
    void refusesTheNetworkAddressAsServerAddress() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ipv4Cidr.parse("10.0.0.0/24"));
        assertTrue(e.getMessage().contains("not the network or broadcast address"), e.getMessage());
        assertTrue(e.getMessage().contains("10.0.0.1/24"), "the message suggests a usable range: " + e.getMessage());
    }

    @Test
    void refusesTheBroadcastAddressAsServerAddress() {
        assertThrows(InvalidValueException.class, () -> Ipv4Cidr.parse("10.0.0.255/24"));
        assertThrows(InvalidValueException.class, () -> Ipv4Cidr.parse("10.0.0.3/30"));
    }

    @Test
    void theConstructorEnforcesTheSameRulesAsParse() {
        assertThrows(InvalidValueException.class, () -> new Ipv4Cidr(Ipv4Address.parse("10.0.0.0"), 24));
        assertThrows(InvalidValueException.class, () -> new Ipv4Cidr(Ipv4Address.parse("10.0.0.1"), 31));
        assertThrows(NullPointerException.class, () -> new Ipv4Cidr(null, 24));
    }

    @Test
    void containsAddressesOfItsNetworkOnly() {
        Ipv4Cidr range = Ipv4Cidr.parse("10.0.0.1/24");
        assertTrue(range.contains(Ipv4Address.parse("10.0.0.0")));
        assertTrue(range.contains(Ipv4Address.parse("10.0.0.77")));
        assertTrue(range.contains(Ipv4Address.parse("10.0.0.255")));
        assertFalse(range.contains(Ipv4Address.parse("10.0.1.1")));
        assertFalse(range.contains(Ipv4Address.parse("9.255.255.255")));
    }

    @Test
    void containsWorksForHighAddresses() {
        Ipv4Cidr range = Ipv4Cidr.parse("200.1.2.3/16");
        assertTrue(range.contains(Ipv4Address.parse("200.1.255.254")));
        assertFalse(range.contains(Ipv4Address.parse("200.2.0.1")));
    }

    @Test
    void overlapsIsSymmetricAndUsesTheShorterPrefix() {
        Ipv4Cidr wide = Ipv4Cidr.parse("10.0.0.1/16");
        Ipv4Cidr inside = Ipv4Cidr.parse("10.0.5.1/24");
        Ipv4Cidr neighbour = Ipv4Cidr.parse("10.1.0.1/24");
        assertTrue(wide.overlaps(inside));
        assertTrue(inside.overlaps(wide));
        assertFalse(wide.overlaps(neighbour));
        assertFalse(neighbour.overlaps(wide));
        assertFalse(inside.overlaps(neighbour));
        assertTrue(inside.overlaps(Ipv4Cidr.parse("10.0.5.200/24")), "same network, other server address");
        assertTrue(inside.overlaps(inside));
    }

    @Test
    void adjacentSubnetsDoNotOverlap() {
        assertFalse(Ipv4Cidr.parse("10.0.0.1/25").overlaps(Ipv4Cidr.parse("10.0.0.129/25")));
        assertTrue(Ipv4Cidr.parse("10.0.0.1/24").overlaps(Ipv4Cidr.parse("10.0.0.129/25")));
    }
}
