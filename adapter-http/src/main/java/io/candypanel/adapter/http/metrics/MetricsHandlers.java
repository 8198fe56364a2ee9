package io.candypanel.adapter.http.metrics;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.RawContent;
import io.candypanel.application.port.in.overview.PanelMetrics;
import io.candypanel.application.port.in.overview.PanelMetricsUseCase;
import io.candypanel.application.port.in.sync.SyncReport;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /metrics} in the Prometheus text format: clients, traffic per interface, the last sync
 * tick and the HTTP requests themselves. Public only so that the server package can route to it.
 */
public final class MetricsHandlers {
    private final PanelMetricsUseCase panelMetrics;
    private final RequestMetrics requests;

    public MetricsHandlers(PanelMetricsUseCase panelMetrics, RequestMetrics requests) {
        this.panelMetrics = Objects.requireNonNull(panelMetrics, "panelMetrics");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    public ApiResponse metrics(ApiRequest request) {
        PanelMetrics panel = panelMetrics.metrics();
        PrometheusText out = new PrometheusText();
        writeClients(out, panel);
        writeTraffic(out, panel);
        writeSync(out, panel.lastSync());
        requests.writeTo(out);
        return ApiResponse.raw(new RawContent(PrometheusText.CONTENT_TYPE, out.bytes()));
    }

    private static void writeClients(PrometheusText out, PanelMetrics panel) {
        out.family("candypanel_clients_total", "gauge", "Clients known to the panel.");
        out.sample("candypanel_clients_total", Map.of(), panel.clientsTotal());
        out.family("candypanel_clients_enabled", "gauge", "Clients that are enabled.");
        out.sample("candypanel_clients_enabled", Map.of(), panel.clientsEnabled());
        out.family("candypanel_clients_connected", "gauge", "Clients with a handshake in the last three minutes.");
        out.sample("candypanel_clients_connected", Map.of(), panel.clientsConnected());
    }

    /**
     * The sum of the clients' usage per interface, ordered by interface id, 0 for an interface without
     * clients; it drops when an admin resets a client's usage.
     */
    private static void writeTraffic(PrometheusText out, PanelMetrics panel) {
        out.family("candypanel_interface_download_bytes_total", "counter",
                "Bytes the server sent to the clients of an interface (their download), summed over the clients.");
        panel.usagePerInterface().forEach((id, usage) -> out.sample("candypanel_interface_download_bytes_total",
                Map.of("interface", id.interfaceName()), usage.download()));
        out.family("candypanel_interface_upload_bytes_total", "counter",
                "Bytes the server received from the clients of an interface (their upload), summed over the clients.");
        panel.usagePerInterface().forEach((id, usage) -> out.sample("candypanel_interface_upload_bytes_total",
                Map.of("interface", id.interfaceName()), usage.upload()));
    }

    /** No sample before the first tick since start: an absent series, not a misleading zero. */
    private static void writeSync(PrometheusText out, Optional<SyncReport> last) {
        out.family("candypanel_sync_duration_seconds", "gauge", "How long the last sync tick took.");
        last.ifPresent(report -> out.sample("candypanel_sync_duration_seconds", Map.of(), report.durationMillis() / 1000.0));
        out.family("candypanel_sync_last_success_timestamp_seconds", "gauge", "When the last sync tick finished, in Unix seconds.");
        last.ifPresent(report -> out.sample("candypanel_sync_last_success_timestamp_seconds", Map.of(),
                report.startedAt().plusMillis(report.durationMillis()).toEpochMilli() / 1000.0));
    }
}
