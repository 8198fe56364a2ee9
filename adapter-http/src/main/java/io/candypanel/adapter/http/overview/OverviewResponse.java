package io.candypanel.adapter.http.overview;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.candypanel.application.port.in.overview.PanelOverview;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code data} of {@code GET /api/data}. The lists are plain records that Jackson streams straight to
 * the response (no JSON tree in between), which keeps ten thousand clients cheap.
 *
 * @param settings as the use case gives them, secrets already masked; sorted so the output is stable
 * @param apiTokens the names of the API tokens; their values are never stored, so never shown
 */
record OverviewResponse(DashboardResponse dashboard, List<ClientResponse> clients, List<InterfaceResponse> interfaces,
                        Map<String, String> settings, @JsonProperty("api_tokens") List<String> apiTokens) {

    static OverviewResponse from(PanelOverview overview) {
        return new OverviewResponse(
                DashboardResponse.from(overview.dashboard()),
                overview.clients().stream().map(ClientResponse::from).toList(),
                overview.interfaces().stream().map(InterfaceResponse::from).toList(),
                new TreeMap<>(overview.settings()),
                overview.apiTokenNames());
    }
}
