package io.candypanel.adapter.http.overview;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import java.util.Objects;

/** {@code GET /api/data}. Public only so that the server package can route to it; see {@code HttpRoutes}. */
public final class OverviewHandlers {
    private final PanelOverviewUseCase panelOverview;

    public OverviewHandlers(PanelOverviewUseCase panelOverview) {
        this.panelOverview = Objects.requireNonNull(panelOverview, "panelOverview");
    }

    public ApiResponse data(ApiRequest request) {
        return ApiResponse.ok("All data retrieved successfully.", OverviewResponse.from(panelOverview.overview()));
    }
}
