package io.candypanel.application.port.in.overview;

/** The cheap poll of the admin screen: client counts, last sync and a revision of the client list. */
public interface PanelSummaryUseCase {
    PanelSummary summary();
}
