package io.candypanel.domain.wginterface;

import io.candypanel.domain.shared.InvalidValueException;

/** The UDP port an interface listens on. */
public record ListenPort(int value) {
    public ListenPort {
        if (value < 1 || value > 65535) {
            throw new InvalidValueException("The port must be between 1 and 65535, got " + value + ".");
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
