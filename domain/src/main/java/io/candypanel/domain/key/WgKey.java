package io.candypanel.domain.key;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Base64;
import java.util.Objects;

/** A 32-byte WireGuard key (private, public or preshared) in its standard base64 form (44 characters). */
public record WgKey(String base64) {

    public WgKey {
        Objects.requireNonNull(base64, "base64");
        if (base64.length() != 44 || base64.charAt(43) != '=') {
            throw new InvalidValueException("INVALID_KEY", "A WireGuard key is 44 base64 characters ending in '='.");
        }
        // Checked without decoding: keys are rebuilt for every client read, thousands at a time.
        for (int i = 0; i < 43; i++) {
            if (sextet(base64.charAt(i)) < 0) {
                throw new InvalidValueException("INVALID_KEY", "A WireGuard key must be standard base64.");
            }
        }
        // 43 characters carry 258 bits for 256: the last two must be zero, or one key could be written several ways.
        if ((sextet(base64.charAt(42)) & 0b11) != 0) {
            throw new InvalidValueException("INVALID_KEY", "A WireGuard key must be in canonical base64.");
        }
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    public static WgKey ofBytes(byte[] raw) {
        if (raw.length != 32) {
            throw new InvalidValueException("INVALID_KEY", "A WireGuard key is exactly 32 bytes.");
        }
        return new WgKey(Base64.getEncoder().encodeToString(raw));
    }

    public byte[] bytes() {
        return Base64.getDecoder().decode(base64);
    }

    /** Keys are secrets or identifiers; neither belongs in a log line by accident. */
    @Override
    public String toString() {
        return "WgKey[***]";
    }
}
