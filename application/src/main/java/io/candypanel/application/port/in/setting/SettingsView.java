package io.candypanel.application.port.in.setting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings screen: every setting and the names of the API tokens, as an admin may see them.
 *
 * @param settings      every setting by wire name, secrets masked (see {@code Settings.adminView()})
 * @param apiTokenNames the names of the API tokens, ordered by name; their values are never stored, so
 *                      never shown
 */
public record SettingsView(Map<String, String> settings, List<String> apiTokenNames) {
    public SettingsView {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        apiTokenNames = List.copyOf(apiTokenNames);
    }
}
