package io.candypanel.application.service.overview;

import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientStatusFilter;
import java.time.Instant;
import java.util.Optional;

/**
 * The three client counts the summary, the dashboard and the metrics show: each one counting query,
 * never a loaded client. Read inside the caller's transaction, so the three agree with each other.
 */
record ClientCounts(long total, long enabled, long connected) {

    static ClientCounts countedIn(ClientRepositoryPort clients, Instant now) {
        return new ClientCounts(
                clients.countMatching(ClientFilter.all(now)),
                clients.countMatching(new ClientFilter(ClientStatusFilter.ENABLED, Optional.empty(), now)),
                clients.countMatching(new ClientFilter(ClientStatusFilter.CONNECTED, Optional.empty(), now)));
    }
}
