package io.candypanel.application.port.in.overview;

import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.wginterface.InterfaceId;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The panel's numbers for a metrics scrape, read together so that they agree with each other.
 *
 * @param clientsTotal      every client
 * @param clientsEnabled    the enabled clients
 * @param clientsConnected  the clients with a handshake in {@code Client.CONNECTED_WINDOW} at the last sync
 * @param usagePerInterface every stored interface, ordered by id, with the usage of its clients summed
 *                          (disabled ones included; {@link Usage#NONE} for an interface without clients);
 *                          each sum stops at {@link Long#MAX_VALUE}
 * @param lastSync          the last sync tick, if one ran since start
 */
public record PanelMetrics(long clientsTotal, long clientsEnabled, long clientsConnected,
                           Map<InterfaceId, Usage> usagePerInterface, Optional<SyncReport> lastSync) {
    public PanelMetrics {
        Map<InterfaceId, Usage> byId = new LinkedHashMap<>();
        Objects.requireNonNull(usagePerInterface, "usagePerInterface").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(InterfaceId::value)))
                .forEach(entry -> byId.put(Objects.requireNonNull(entry.getKey(), "interface id"),
                        Objects.requireNonNull(entry.getValue(), "usage")));
        usagePerInterface = Collections.unmodifiableMap(byId);
        Objects.requireNonNull(lastSync, "lastSync");
    }
}
