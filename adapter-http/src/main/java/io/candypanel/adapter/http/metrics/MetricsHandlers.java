package io.candypanel.adapter.http.metrics;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.RawContent;
import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code GET /metrics} in the Prometheus text format: clients, traffic per interface, the last sync
 * tick and the HTTP requests themselves. Public only so that the server package can route to it.
 */
public final class MetricsHandlers {
    private final PanelOverviewUseCase panelOverview;
    private final RequestMetrics requests;

    public MetricsHandlers(PanelOverviewUseCase panelOverview, RequestMetrics requests) {
        this.panelOverview = Objects.requireNonNull(panelOverview, "panelOverview");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    public ApiResponse metrics(ApiRequest request) {
        PanelOverview overview = panelOverview.overview();
        PrometheusText out = new PrometheusText();
        writeClients(out, overview);
        writeTraffic(out, overview);
        writeSync(out, overview.dashboard());
        requests.writeTo(out);
        return ApiResponse.raw(new RawContent(PrometheusText.CONTENT_TYPE, out.bytes()));
    }

    private static void writeClients(PrometheusText out, PanelOverview overview) {
        long enabled = overview.clients().stream().filter(Client::isEnabled).count();
        long connected = overview.clients().stream().filter(Client::isConnectedNow).count();
        out.family("candypanel_clients_total", "gauge", "Clients known to the panel.");
        out.sample("candypanel_clients_total", Map.of(), (long) overview.clients().size());
        out.family("candypanel_clients_enabled", "gauge", "Clients that are enabled.");
        out.sample("candypanel_clients_enabled", Map.of(), enabled);
        out.family("candypanel_clients_connected", "gauge", "Clients with a handshake in the last three minutes.");
        out.sample("candypanel_clients_connected", Map.of(), connected);
    }

    /** The sum of the clients' usage per interface; it drops when an admin resets a client's usage. */
    private static void writeTraffic(PrometheusText out, PanelOverview overview) {
        Map<Integer, long[]> byInterface = new TreeMap<>();
        for (WgInterface wgInterface : overview.interfaces()) {
            byInterface.put(wgInterface.id().value(), new long[2]);
        }
        for (Client client : overview.clients()) {
            long[] sums = byInterface.computeIfAbsent(client.interfaceId().value(), id -> new long[2]);
            sums[0] = saturatedAdd(sums[0], client.usage().download());
            sums[1] = saturatedAdd(sums[1], client.usage().upload());
        }
        out.family("candypanel_interface_download_bytes_total", "counter",
                "Bytes the server sent to the clients of an interface (their download), summed over the clients.");
        byInterface.forEach((id, sums) -> out.sample("candypanel_interface_download_bytes_total",
                Map.of("interface", new InterfaceId(id).interfaceName()), sums[0]));
        out.family("candypanel_interface_upload_bytes_total", "counter",
                "Bytes the server received from the clients of an interface (their upload), summed over the clients.");
        byInterface.forEach((id, sums) -> out.sample("candypanel_interface_upload_bytes_total",
                Map.of("interface", new InterfaceId(id).interfaceName()), sums[1]));
    }

    /** No sample before the first tick since start: an absent series, not a misleading zero. */
    private static void writeSync(PrometheusText out, Dashboard dashboard) {
        Optional<SyncReport> last = dashboard.lastSync();
        out.family("candypanel_sync_duration_seconds", "gauge", "How long the last sync tick took.");
        last.ifPresent(report -> out.sample("candypanel_sync_duration_seconds", Map.of(), report.durationMillis() / 1000.0));
        out.family("candypanel_sync_last_success_timestamp_seconds", "gauge", "When the last sync tick finished, in Unix seconds.");
        last.ifPresent(report -> out.sample("candypanel_sync_last_success_timestamp_seconds", Map.of(),
                report.startedAt().plusMillis(report.durationMillis()).toEpochMilli() / 1000.0));
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
