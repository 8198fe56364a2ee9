package io.candypanel.domain.network;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * An IPv6 address as two unsigned 64-bit halves (parsed here: the core does no network I/O and may not
 * use {@code java.net}). {@link #toString()} is the canonical text of RFC 5952: lower case, no leading
 * zeros, the longest run of two or more zero groups written {@code ::}.
 */
public record Ipv6Address(long high, long low) implements Comparable<Ipv6Address> {

    /** Parses the usual text forms ({@code fd42:42:42::2}, full 8 groups); no zone, no embedded IPv4. */
    public static Ipv6Address parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 39) {
            throw invalid(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int gap = lower.indexOf("::");
        if (gap >= 0 && lower.indexOf("::", gap + 1) >= 0) {
            throw invalid(text);
        }
        int[] groups = new int[8];
        if (gap < 0) {
            if (!fill(lower, groups, 0, 8)) {
                throw invalid(text);
            }
        } else {
            String head = lower.substring(0, gap);
            String tail = lower.substring(gap + 2);
            int headCount = head.isEmpty() ? 0 : head.split(":", -1).length;
            int tailCount = tail.isEmpty() ? 0 : tail.split(":", -1).length;
            if (headCount + tailCount > 7
                    || (!head.isEmpty() && !fill(head, groups, 0, headCount))
                    || (!tail.isEmpty() && !fill(tail, groups, 8 - tailCount, tailCount))) {
                throw invalid(text);
            }
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = (high << 16) | groups[i];
            low = (low << 16) | groups[i + 4];
        }
        return new Ipv6Address(high, low);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static boolean fill(String part, int[] groups, int from, int count) {
        String[] texts = part.split(":", -1);
        if (texts.length != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            String group = texts[i];
            if (group.isEmpty() || group.length() > 4) {
                return false;
            }
            int value = 0;
            for (char c : group.toCharArray()) {
                int digit = Character.digit(c, 16);
                if (digit < 0) {
                    return false;
                }
                value = value * 16 + digit;
            }
            groups[from + i] = value;
        }
        return true;
    }

    private static InvalidValueException invalid(String text) {
        return new InvalidValueException("'" + Ipv4Address.printable(text == null ? "" : text) + "' is not an IPv6 address.");
    }

    /** This address plus {@code offset} (which must not carry past the last address). */
    public Ipv6Address plus(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        long newLow = low + offset;
        long carry = Long.compareUnsigned(newLow, low) < 0 ? 1 : 0;
        if (high == -1L && carry == 1) {
            throw new IllegalArgumentException("past the last IPv6 address");
        }
        return new Ipv6Address(high + carry, newLow);
    }

    /** The address with the low {@code hostBits} bits cleared (0-64 here: ranges are /64 or longer). */
    Ipv6Address withHostBitsCleared(int hostBits) {
        long mask = hostBits >= 64 ? 0 : -1L << hostBits;
        return new Ipv6Address(high, low & mask);
    }

    @Override
    public int compareTo(Ipv6Address other) {
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    @Override
    public String toString() {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xffff;
            groups[i + 4] = (int) (low >>> (48 - 16 * i)) & 0xffff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
