package io.candypanel.application.service.overview;

import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.setting.SettingsView;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import java.util.Objects;

/**
 * The dashboard and the settings come from the use cases behind {@code /api/dashboard} and
 * {@code /api/settings}, so that each is assembled (and each secret masked) in one place and the cheap
 * screens show exactly what this one does. The dashboard counts clients with queries, not from the list
 * loaded here; a client created between the two reads may show in one and not yet in the other.
 */
public final class PanelOverviewService implements PanelOverviewUseCase {
    private final PanelDashboardUseCase dashboard;
    private final ViewSettingsUseCase settings;
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;

    public PanelOverviewService(PanelDashboardUseCase dashboard, ViewSettingsUseCase settings, ClientRepositoryPort clients,
                                InterfaceRepositoryPort interfaces) {
        this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
    }

    @Override
    public PanelOverview overview() {
        SettingsView view = settings.view();
        return new PanelOverview(dashboard.dashboard(), clients.findAll(), interfaces.findAll(), view.settings(),
                view.apiTokenNames());
    }
}
