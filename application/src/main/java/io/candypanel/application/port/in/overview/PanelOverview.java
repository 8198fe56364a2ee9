package io.candypanel.application.port.in.overview;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * @param settings      every setting by wire name, secrets masked (see {@code Settings.adminView()})
 * @param apiTokenNames the names of the API tokens (never their values, which are not kept)
 */
public record PanelOverview(Dashboard dashboard, List<Client> clients, List<WgInterface> interfaces,
                            Map<String, String> settings, List<String> apiTokenNames) {
    public PanelOverview {
        Objects.requireNonNull(dashboard, "dashboard");
        clients = List.copyOf(clients);
        interfaces = List.copyOf(interfaces);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        apiTokenNames = List.copyOf(apiTokenNames);
    }

    public PanelOverview(Dashboard dashboard, List<Client> clients, List<WgInterface> interfaces, Map<String, String> settings) {
        this(dashboard, clients, interfaces, settings, List.of());
    }
}
