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
        if (command.enabled().isEmpty()) {
            // Expiry, quota and note live in the database only; the kernel is untouched.
            Updated updated = change(command, now);
            return new UpdatedClient(updated.client(), KernelOutcome.applied("No WireGuard change was needed."));
        }
        // Removing a peer destroys its counters, so book them first; adding one must not race a sync either.
        return kernel.withCountersBooked(() -> {
            Updated updated = change(command, now);
            if (!updated.peerChanged()) {
                return new UpdatedClient(updated.client(), KernelOutcome.applied("No WireGuard change was needed."));
            }
            Client client = updated.client();
            KernelOutcome outcome = client.isEnabled()
                    ? kernel.addPeer(client)
                    : kernel.removePeer(client.interfaceId(), client.keys().publicKey());
            return new UpdatedClient(client, outcome);
        });
    }

    private Updated change(UpdateClientCommand command, Instant now) {
        return unitOfWork.inTransaction(() -> {
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
    }

    private record Updated(Client client, boolean peerChanged) {
    }
}
