package io.candypanel.adapter.http.setting;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.application.port.in.setting.SettingsView;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code GET /api/settings}: {@code settings} and {@code api_tokens} exactly as {@code GET /api/data}
 * shows them (secrets masked by the use case, token names only), for the settings screen. Public only so
 * that the server package can route to it; see {@code HttpRoutes}.
 */
public final class SettingsViewHandlers {
    private final ViewSettingsUseCase viewSettings;

    public SettingsViewHandlers(ViewSettingsUseCase viewSettings) {
        this.viewSettings = Objects.requireNonNull(viewSettings, "viewSettings");
    }

    public ApiResponse settings(ApiRequest request) {
        SettingsView view = viewSettings.view();
        return ApiResponse.ok("Settings retrieved successfully.",
                new SettingsViewResponse(new TreeMap<>(view.settings()), view.apiTokenNames()));
    }

    /**
     * {@code data} of {@code GET /api/settings}.
     *
     * @param settings  by wire name, secrets already masked; sorted so the output is stable, as in {@code /api/data}
     * @param apiTokens the names of the API tokens; their values are never stored, so never shown
     */
    record SettingsViewResponse(Map<String, String> settings, List<String> apiTokens) {
    }
}
