package io.candypanel.application.port.in.overview;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A few numbers for a screen that polls every few seconds, answered by counting queries, never by
 * loading clients.
 *
 * @param lastSyncAt when the last sync tick finished, if one ran since start
 * @param revision   an opaque text that changes whenever the panel changed the client list or any
 *                   client's usage or state; equal revisions mean the client list has not changed,
 *                   so a poller refetches its visible page only when the revision differs from the
 *                   one it saw last
 */
public record PanelSummary(long clientsTotal, long clientsEnabled, long clientsConnected, Optional<Instant> lastSyncAt,
                           String revision) {
    public PanelSummary {
        Objects.requireNonNull(lastSyncAt, "lastSyncAt");
        Objects.requireNonNull(revision, "revision");
    }
}
