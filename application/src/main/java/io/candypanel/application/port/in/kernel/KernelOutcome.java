package io.candypanel.application.port.in.kernel;

import java.util.Objects;

/**
 * What happened when a committed change was applied to WireGuard. A failure never undoes the
 * database change: the reconciler applies it later, and the dashboard shows an alert meanwhile.
 */
public record KernelOutcome(boolean applied, String message) {
    public KernelOutcome {
        Objects.requireNonNull(message, "message");
    }

    public static KernelOutcome applied(String message) {
        return new KernelOutcome(true, message);
    }

    public static KernelOutcome failed(String message) {
        return new KernelOutcome(false, message);
    }
}
