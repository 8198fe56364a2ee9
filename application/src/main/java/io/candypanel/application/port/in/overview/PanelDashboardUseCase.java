package io.candypanel.application.port.in.overview;

/**
 * The dashboard of the admin's main screen on its own: host, kernel, alerts and client counts, with the
 * clients counted by the store rather than loaded, so that it costs the same at any number of clients.
 */
public interface PanelDashboardUseCase {
    Dashboard dashboard();
}
