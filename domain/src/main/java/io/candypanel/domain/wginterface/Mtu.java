package io.candypanel.domain.wginterface;

import io.candypanel.domain.shared.InvalidValueException;

/** A tunnel MTU; WireGuard over IPv6 needs at least 1280. */
public record Mtu(int value) {
    public static final Mtu DEFAULT = new Mtu(1420);

    public Mtu {
        if (value < 1280 || value > 9000) {
            throw new InvalidValueException("The MTU must be between 1280 and 9000, got " + value + ".");
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
