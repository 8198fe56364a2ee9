package io.candypanel.adapter.http.overview;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import java.util.Objects;

/**
 * {@code GET /api/dashboard}: {@code data} is the object {@code GET /api/data} shows as
 * {@code data.dashboard} (the same {@link DashboardResponse}), without the client list that makes
 * {@code /api/data} heavy. Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class DashboardHandlers {
    private final PanelDashboardUseCase panelDashboard;

    public DashboardHandlers(PanelDashboardUseCase panelDashboard) {
        this.panelDashboard = Objects.requireNonNull(panelDashboard, "panelDashboard");
    }

    public ApiResponse dashboard(ApiRequest request) {
        return ApiResponse.ok("Dashboard retrieved successfully.", DashboardResponse.from(panelDashboard.dashboard()));
    }
}
