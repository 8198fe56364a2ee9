package io.candypanel.domain.network;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * An interface's IPv6 range written as the server's address with the prefix length, e.g.
 * {@code fd42:42:42::1/64}: a unique-local (fc00::/7) or global unicast (2000::/3) prefix from /64 to
 * /120, whose host part (the server's address) is not the network address itself.
 */
public record Ipv6Cidr(Ipv6Address serverAddress, int prefixLength) {
    public static final int MIN_PREFIX = 64;
    public static final int MAX_PREFIX = 120;

    public Ipv6Cidr {
        Objects.requireNonNull(serverAddress, "serverAddress");
        if (prefixLength < MIN_PREFIX || prefixLength > MAX_PREFIX) {
            throw new InvalidValueException("INVALID_IPV6_RANGE", "The IPv6 prefix length must be between /" + MIN_PREFIX
                    + " and /" + MAX_PREFIX + "; got /" + prefixLength + ".");
        }
        boolean uniqueLocal = (serverAddress.high() >>> 57) == 0x7e;   // fc00::/7
        boolean global = (serverAddress.high() >>> 61) == 0x1;          // 2000::/3
        if (!uniqueLocal && !global) {
            throw new InvalidValueException("INVALID_IPV6_RANGE", "The IPv6 range must be a unique-local (fc00::/7, e.g. "
                    + "fd42:42:42::1/64) or a global unicast (2000::/3) prefix; " + serverAddress + " is neither.");
        }
        if (serverAddress.equals(serverAddress.withHostBitsCleared(128 - prefixLength))) {
            throw new InvalidValueException("INVALID_IPV6_RANGE", "The server's IPv6 address " + serverAddress
                    + " must be a host address of its range, not the network address (e.g. ::1, not ::).");
        }
    }

    /** Parses {@code fd42:42:42::1/64}. */
    public static Ipv6Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("INVALID_IPV6_RANGE", "An IPv6 range in CIDR form is required (for example fd42:42:42::1/64).");
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            throw new InvalidValueException("INVALID_IPV6_RANGE", "'" + Ipv4Address.printable(text)
                    + "' is not an IPv6 range in CIDR form (for example fd42:42:42::1/64).");
        }
        int prefix;
        try {
            String digits = text.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
                throw new NumberFormatException(digits);
            }
            prefix = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("INVALID_IPV6_RANGE", "'" + Ipv4Address.printable(text) + "' has an invalid prefix length.");
        }
        Ipv6Address address;
        try {
            address = Ipv6Address.parse(text.substring(0, slash));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("INVALID_IPV6_RANGE", e.getMessage());
        }
        return new Ipv6Cidr(address, prefix);
    }

    public Ipv6Address network() {
        return serverAddress.withHostBitsCleared(hostBits());
    }

    /** The last address of the range. */
    public Ipv6Address last() {
        long hostMask = hostBits() >= 64 ? -1L : (1L << hostBits()) - 1;
        return new Ipv6Address(network().high(), network().low() | hostMask);
    }

    public boolean contains(Ipv6Address address) {
        return address.withHostBitsCleared(hostBits()).equals(network());
    }

    /** Two ranges overlap when the shorter prefix contains the other's network. */
    public boolean overlaps(Ipv6Cidr other) {
        Ipv6Cidr wider = prefixLength <= other.prefixLength ? this : other;
        Ipv6Cidr narrower = wider == this ? other : this;
        return wider.contains(narrower.network());
    }

    int hostBits() {
        return 128 - prefixLength;
    }

    @Override
    public String toString() {
        return serverAddress + "/" + prefixLength;
    }
}
