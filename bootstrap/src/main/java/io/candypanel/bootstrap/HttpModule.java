package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.adapter.http.HttpConfig;
import io.candypanel.adapter.http.HttpServer;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.bootstrap.lifecycle.Service;
import java.time.Clock;
import java.util.Objects;

/** The REST API on Undertow. */
final class HttpModule extends AbstractModule {
    private final HttpConfig config;

    HttpModule(HttpConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    HttpServer httpServer(Clock clock, CheckInstallationUseCase checkInstallation, InstallPanelUseCase installPanel,
                          LoginUseCase login, AuthenticateUseCase authenticate, CreateClientUseCase createClient,
                          UpdateClientUseCase updateClient, DeleteClientUseCase deleteClient,
                          GetClientConfigUseCase getClientConfig, PanelOverviewUseCase panelOverview,
                          CreateInterfaceUseCase createInterface, UpdateInterfaceUseCase updateInterface,
                          DeleteInterfaceUseCase deleteInterface, SyncUseCase sync) {
        return new HttpServer(config, clock, checkInstallation, installPanel, login, authenticate, createClient,
                updateClient, deleteClient, getClientConfig, panelOverview, createInterface, updateInterface,
                deleteInterface, sync);
    }

    @ProvidesIntoSet
    Service httpService(HttpServer server) {
        return Service.of("http", server::start, server::stop);
    }
}
