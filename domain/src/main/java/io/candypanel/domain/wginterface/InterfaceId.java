package io.candypanel.domain.wginterface;

import io.candypanel.domain.shared.InvalidValueException;

/** The N of interface {@code wgN}. */
public record InterfaceId(int value) {
    public static final InterfaceId FIRST = new InterfaceId(0);
    static final int MAX = 9999;

    public InterfaceId {
        if (value < 0 || value > MAX) {
            throw new InvalidValueException("The interface id must be between 0 and " + MAX + ".");
        }
    }

    /** Accepts {@code wgN} (the interface name). */
    public static InterfaceId fromName(String name) {
        if (name == null || !name.matches("wg[0-9]{1,4}") || (name.length() > 3 && name.charAt(2) == '0')) {
            String shown = name == null ? "" : name.length() > 32 ? name.substring(0, 32) + "..." : name;
            throw new InvalidValueException("'" + shown.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?")
                    + "' is not an interface name (expected wg0, wg1, ...).");
        }
        return new InterfaceId(Integer.parseInt(name.substring(2)));
    }

    public String interfaceName() {
        return "wg" + value;
    }

    @Override
    public String toString() {
        return interfaceName();
    }
}
