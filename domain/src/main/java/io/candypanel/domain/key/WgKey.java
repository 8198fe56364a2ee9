package io.candypanel.domain.key;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Base64;
import java.util.Objects;

/** A 32-byte WireGuard key (private, public or preshared) in its standard base64 form (44 characters). */
public record WgKey(String base64) {

    public WgKey {
        Objects.requireNonNull(base64, "base64");
        if (base64.length() != 44 || !base64.endsWith("=")) {
            throw new InvalidValueException("INVALID_KEY", "A WireGuard key is 44 base64 characters ending in '='.");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("INVALID_KEY", "A WireGuard key must be standard base64.");
        }
        if (raw.length != 32) {
            throw new InvalidValueException("INVALID_KEY", "A WireGuard key decodes to exactly 32 bytes.");
        }
        // Unused low bits in the last character would let one key be written several ways.
        if (!Base64.getEncoder().encodeToString(raw).equals(base64)) {
            throw new InvalidValueException("INVALID_KEY", "A WireGuard key must be in canonical base64.");
        }
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
