package io.candypanel.application.port.in.overview;

/**
 * What a metrics scraper reads every few seconds: client counts, traffic per interface and the last
 * sync, answered by counting and summing queries, never by loading clients, so that it costs the same
 * at any number of clients.
 */
public interface PanelMetricsUseCase {
    PanelMetrics metrics();
}
