package io.candypanel.application.port.in.overview;

/** Everything the admin's main screen shows: dashboard, clients, interfaces and settings. */
public interface PanelOverviewUseCase {
    PanelOverview overview();
}
