package io.candypanel.adapter.http.overview;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.application.port.in.overview.PanelSummary;
import io.candypanel.application.port.in.overview.PanelSummaryUseCase;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code GET /api/summary}: the cheap poll. A screen compares {@code revision} with the one it saw
 * last and refetches its page of {@code GET /api/clients} only when it differs. Public only so that
 * the server package can route to it; see {@code HttpRoutes}.
 */
public final class SummaryHandlers {
    private final PanelSummaryUseCase panelSummary;

    public SummaryHandlers(PanelSummaryUseCase panelSummary) {
        this.panelSummary = Objects.requireNonNull(panelSummary, "panelSummary");
    }

    public ApiResponse summary(ApiRequest request) {
        PanelSummary summary = panelSummary.summary();
        return ApiResponse.ok("Summary retrieved successfully.", new SummaryResponse(
                new ClientCounts(summary.clientsTotal(), summary.clientsEnabled(), summary.clientsConnected()),
                summary.lastSyncAt().orElse(null), summary.revision()));
    }

    /** {@code data} of {@code GET /api/summary}; {@code last_sync_at} is null until a sync has run since start. */
    record SummaryResponse(ClientCounts clients, Instant lastSyncAt, String revision) {
    }

    record ClientCounts(long total, long enabled, long connected) {
    }
}
