package io.candypanel.application.service.client;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Objects;

public final class GetClientConfigService implements GetClientConfigUseCase {
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;

    public GetClientConfigService(ClientRepositoryPort clients, InterfaceRepositoryPort interfaces, SettingsRepositoryPort settings) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String config(GetClientConfigQuery query) {
        Client client = clients.findByName(query.name()).orElseThrow(() -> new ClientNotFoundException(query.name()));
        WgInterface wgInterface = interfaces.findById(client.interfaceId())
                .orElseThrow(() -> new InterfaceNotFoundException(client.interfaceId()));
        return ClientConfigRenderer.render(client, wgInterface, settings.load());
    }
}
