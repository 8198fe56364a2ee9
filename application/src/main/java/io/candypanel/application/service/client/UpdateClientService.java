package io.candypanel.application.service.client;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

public final class UpdateClientService implements UpdateClientUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final KernelApplier kernel;
    private final Clock clock;

    public UpdateClientService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, KernelApplier kernel, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UpdatedClient update(UpdateClientCommand command) {
        Instant now = clock.instant();
        Updated updated = unitOfWork.inTransaction(() -> {
            Client client = clients.findByName(command.name()).orElseThrow(() -> new ClientNotFoundException(command.name()));
            boolean wasEnabled = client.isEnabled();
            command.expiresAt().ifPresent(client::changeExpiry);
            command.quota().ifPresent(client::changeQuota);
            command.note().ifPresent(client::changeNote);
            // Applied last, so that enabling sees the new expiry and quota of the same request.
            command.enabled().ifPresent(enable -> {
                if (enable && !client.isEnabled()) {
                    client.enable(now);
                } else if (!enable && client.isEnabled()) {
                    client.disable(DisabledReason.MANUAL);
                }
            });
            clients.update(client);
            return new Updated(client, wasEnabled != client.isEnabled());
        });
        KernelOutcome kernelOutcome = updated.peerChanged()
                ? kernel.apply(updated.client().interfaceId())
                : KernelOutcome.applied("No WireGuard change was needed.");
        return new UpdatedClient(updated.client(), kernelOutcome);
    }

    private record Updated(Client client, boolean peerChanged) {
    }
}
