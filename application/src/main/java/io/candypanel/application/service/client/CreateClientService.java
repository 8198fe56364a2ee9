package io.candypanel.application.service.client;

import io.candypanel.application.port.in.client.ClientNameTakenException;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.IpAllocator;
import io.candypanel.domain.network.Ipv6Allocator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

public final class CreateClientService implements CreateClientUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;
    private final WgKeyGenerator keys;
    private final KernelApplier kernel;
    private final Clock clock;

    public CreateClientService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                               SettingsRepositoryPort settings, WgKeyGenerator keys, KernelApplier kernel, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CreatedClient create(CreateClientCommand command) {
        Instant now = clock.instant();
        // Key generation needs no lock; keep the write transaction short.
        WgKeyPair keyPair = keys.newKeyPair();
        WgKey presharedKey = keys.newPresharedKey();
        Created created = unitOfWork.inTransaction(() -> {
            if (clients.existsByName(command.name())) {
                throw new ClientNameTakenException(command.name());
            }
            WgInterface wgInterface = interfaces.findById(command.interfaceId())
                    .orElseThrow(() -> new InterfaceNotFoundException(command.interfaceId()));
            Ipv4Address address = IpAllocator.lowestFree(wgInterface.addressRange(), clients.addressesOn(wgInterface.id()));
            Client client = Client.create(command.name(), wgInterface.id(), keyPair, presharedKey, address, now,
                    command.expiresAt(), command.quota(), command.note());
            wgInterface.ipv6Range().ifPresent(range ->
                    client.assignIpv6Address(Ipv6Allocator.lowestFree(range, clients.ipv6AddressesOn(wgInterface.id()))));
            clients.insert(client);
            return new Created(client, wgInterface, settings.load());
        });
        KernelOutcome kernelOutcome = kernel.addPeer(created.client());
        String config = ClientConfigRenderer.render(created.client(), created.wgInterface(), created.settings());
        return new CreatedClient(created.client(), config, kernelOutcome);
    }

    private record Created(Client client, WgInterface wgInterface, Settings settings) {
    }
}
