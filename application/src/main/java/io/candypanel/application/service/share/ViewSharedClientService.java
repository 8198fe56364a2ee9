package io.candypanel.application.service.share;

import io.candypanel.application.port.in.share.SharedClient;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Objects;
import java.util.Optional;

public final class ViewSharedClientService implements ViewSharedClientUseCase {
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;

    public ViewSharedClientService(ClientRepositoryPort clients, InterfaceRepositoryPort interfaces, SettingsRepositoryPort settings) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Optional<SharedClient> view(String shareToken) {
        if (shareToken == null || !shareToken.matches("[A-Za-z0-9_-]{22,128}")) {
            return Optional.empty();
        }
        Optional<Client> client = clients.findByShareToken(shareToken);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        Optional<WgInterface> wgInterface = interfaces.findById(client.get().interfaceId());
        return wgInterface.map(i -> new SharedClient(client.get(), ClientConfigRenderer.render(client.get(), i, settings.load())));
    }
}
