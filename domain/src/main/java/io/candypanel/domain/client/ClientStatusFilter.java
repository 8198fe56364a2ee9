package io.candypanel.domain.client;

import java.time.Instant;
import java.util.Objects;

/**
 * Which clients a list shows by state. {@link #matches} is the reference meaning; a store that
 * filters in its query language must agree with it (the repository contract test checks that).
 */
public enum ClientStatusFilter {
    ALL,
    ENABLED,
    DISABLED,
    /** Connected now: a handshake within {@link Client#CONNECTED_WINDOW} at the last sync. */
    CONNECTED,
    /** The expiry has been reached ({@code expires <= now}), whether or not a sync has disabled it yet. */
    EXPIRED,
    /** A quota is set and the usage (download + upload) has reached it. */
    OVER_QUOTA;

    public boolean matches(Client client, Instant now) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(now, "now");
        return switch (this) {
            case ALL -> true;
            case ENABLED -> client.isEnabled();
            case DISABLED -> !client.isEnabled();
            case CONNECTED -> client.isConnectedNow();
            case EXPIRED -> client.isExpired(now);
            case OVER_QUOTA -> client.isOverQuota();
        };
    }
}
