package io.candypanel.domain.network;

import io.candypanel.domain.shared.InvalidValueException;

/** An IPv4 address held as its 32-bit value; parsing accepts only the canonical dotted quad. */
public record Ipv4Address(int value) implements Comparable<Ipv4Address> {

    public static Ipv4Address parse(String text) {
        if (text == null) {
            throw new InvalidValueException("An IPv4 address is required.");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw invalid(text);
        }
        int value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                throw invalid(text);
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw invalid(text);
            }
            value = (value << 8) | octet;
        }
        return new Ipv4Address(value);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static InvalidValueException invalid(String text) {
        return new InvalidValueException("'" + printable(text) + "' is not an IPv4 address (expected a.b.c.d, each 0-255).");
    }

    static String printable(String text) {
        String shortened = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }

    public Ipv4Address next() {
        return new Ipv4Address(value + 1);
    }

    public long unsigned() {
        return Integer.toUnsignedLong(value);
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Integer.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return ((value >>> 24) & 0xff) + "." + ((value >>> 16) & 0xff) + "." + ((value >>> 8) & 0xff) + "." + (value & 0xff);
    }
}
