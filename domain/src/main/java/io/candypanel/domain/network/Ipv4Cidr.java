package io.candypanel.domain.network;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * An interface's IPv4 range written the WireGuard way: the server's own address plus the prefix
 * length ({@code 10.0.0.1/24}). The host part must be a usable host address of the range.
 */
public record Ipv4Cidr(Ipv4Address serverAddress, int prefixLength) {
    /** Ranges smaller than /30 have no room for a client; ranges larger than /8 are a typo. */
    public static final int MIN_PREFIX = 8;
    public static final int MAX_PREFIX = 30;

    public Ipv4Cidr {
        Objects.requireNonNull(serverAddress, "serverAddress");
        if (prefixLength < MIN_PREFIX || prefixLength > MAX_PREFIX) {
            throw new InvalidValueException("The prefix length must be between /" + MIN_PREFIX + " and /" + MAX_PREFIX
                    + ", got /" + prefixLength + ".");
        }
        int mask = maskOf(prefixLength);
        int network = serverAddress.value() & mask;
        int broadcast = network | ~mask;
        if (serverAddress.value() == network || serverAddress.value() == broadcast) {
            throw new InvalidValueException("The server address " + serverAddress + " must be a host address of its range, "
                    + "not the network or broadcast address (for example " + new Ipv4Address(network + 1) + "/" + prefixLength + ").");
        }
    }

    public static Ipv4Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("An IPv4 range in CIDR form is required (for example 10.0.0.1/24).");
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            throw new InvalidValueException("'" + Ipv4Address.printable(text) + "' is not an IPv4 range in CIDR form (for example 10.0.0.1/24).");
        }
        String prefix = text.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 2 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("'" + Ipv4Address.printable(text) + "' has an invalid prefix length.");
        }
        return new Ipv4Cidr(Ipv4Address.parse(text.substring(0, slash)), Integer.parseInt(prefix));
    }

    private static int maskOf(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    public Ipv4Address network() {
        return new Ipv4Address(serverAddress.value() & maskOf(prefixLength));
    }

    public Ipv4Address broadcast() {
        return new Ipv4Address(network().value() | ~maskOf(prefixLength));
    }

    public boolean contains(Ipv4Address address) {
        return (address.value() & maskOf(prefixLength)) == network().value();
    }

    public boolean overlaps(Ipv4Cidr other) {
        int shorter = Math.min(prefixLength, other.prefixLength);
        int mask = maskOf(shorter);
        return (serverAddress.value() & mask) == (other.serverAddress.value() & mask);
    }

    /** Addresses a client may get: every host address except the server's own. */
    public long clientCapacity() {
        return (1L << (32 - prefixLength)) - 3;
    }

    /** The range as WireGuard's AllowedIPs wants it on the client side: {@code 10.0.0.0/24}. */
    public String networkNotation() {
        return network() + "/" + prefixLength;
    }

    @Override
    public String toString() {
        return serverAddress + "/" + prefixLength;
    }
}
