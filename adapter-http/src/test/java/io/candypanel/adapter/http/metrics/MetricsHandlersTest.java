package io.candypanel.adapter.http.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.overview.PanelMetrics;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.wginterface.InterfaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The panel's part of the text, pinned byte for byte: dashboards and alert rules depend on the family
 * names, types, help texts, labels and number formats. (The HTTP request families follow; MetricsApiIT
 * covers them.)
 */
class MetricsHandlersTest {
    private static final String PANEL_TEXT = """
            # HELP candypanel_clients_total Clients known to the panel.
            # TYPE candypanel_clients_total gauge
            candypanel_clients_total 3
            # HELP candypanel_clients_enabled Clients that are enabled.
            # TYPE candypanel_clients_enabled gauge
            candypanel_clients_enabled 2
            # HELP candypanel_clients_connected Clients with a handshake in the last three minutes.
            # TYPE candypanel_clients_connected gauge
            candypanel_clients_connected 1
            # HELP candypanel_interface_download_bytes_total Bytes the server sent to the clients of an interface \
            (their download), summed over the clients.
            # TYPE candypanel_interface_download_bytes_total counter
            candypanel_interface_download_bytes_total{interface="wg0"} 300
            candypanel_interface_download_bytes_total{interface="wg2"} 9223372036854775807
            candypanel_interface_download_bytes_total{interface="wg10"} 0
            # HELP candypanel_interface_upload_bytes_total Bytes the server received from the clients of an interface \
            (their upload), summed over the clients.
            # TYPE candypanel_interface_upload_bytes_total counter
            candypanel_interface_upload_bytes_total{interface="wg0"} 30
            candypanel_interface_upload_bytes_total{interface="wg2"} 7
            candypanel_interface_upload_bytes_total{interface="wg10"} 0
            # HELP candypanel_sync_duration_seconds How long the last sync tick took.
            # TYPE candypanel_sync_duration_seconds gauge
            candypanel_sync_duration_seconds 0.042
            # HELP candypanel_sync_last_success_timestamp_seconds When the last sync tick finished, in Unix seconds.
            # TYPE candypanel_sync_last_success_timestamp_seconds gauge
            candypanel_sync_last_success_timestamp_seconds 1795694100.292
            """;

    private static String scrape(PanelMetrics metrics) {
        byte[] body = new MetricsHandlers(() -> metrics, new RequestMetrics()).metrics(null).raw().body();
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void thePanelFamiliesComeFirstInIdOrderOfTheInterfacesWithExactIntegers() {
        SyncReport report = new SyncReport(Instant.parse("2026-11-26T11:55:00.250Z"), 42, 0, 0, 0, List.of(), 0, List.of(),
                List.of());
        PanelMetrics metrics = new PanelMetrics(3, 2, 1, Map.of(
                new InterfaceId(10), Usage.NONE,
                new InterfaceId(0), new Usage(300, 30),
                new InterfaceId(2), new Usage(Long.MAX_VALUE, 7)), Optional.of(report));

        String text = scrape(metrics);

        assertEquals(PANEL_TEXT, text.substring(0, Math.min(text.length(), PANEL_TEXT.length())));
        assertTrue(text.substring(PANEL_TEXT.length()).startsWith("# HELP candypanel_http_requests_total "), text);
    }

    @Test
    void beforeTheFirstSyncTheSyncFamiliesHaveNoSample() {
        String text = scrape(new PanelMetrics(0, 0, 0, Map.of(), Optional.empty()));

        assertEquals(List.of(
                        "# HELP candypanel_interface_upload_bytes_total Bytes the server received from the clients of an interface"
                                + " (their upload), summed over the clients.",
                        "# TYPE candypanel_interface_upload_bytes_total counter",
                        "# HELP candypanel_sync_duration_seconds How long the last sync tick took.",
                        "# TYPE candypanel_sync_duration_seconds gauge",
                        "# HELP candypanel_sync_last_success_timestamp_seconds When the last sync tick finished, in Unix seconds.",
                        "# TYPE candypanel_sync_last_success_timestamp_seconds gauge"),
                text.lines().skip(11).limit(6).toList());
    }
}
