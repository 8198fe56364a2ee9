package io.candypanel.application.service.client;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import java.util.Objects;

public final class DeleteClientService implements DeleteClientUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final KernelApplier kernel;

    public DeleteClientService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, KernelApplier kernel) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    @Override
    public KernelOutcome delete(DeleteClientCommand command) {
        // The peer's last bytes are booked before it disappears (and with it, its counters).
        return kernel.withCountersBooked(() -> {
            Client deleted = unitOfWork.inTransaction(() -> {
                Client client = clients.findByName(command.name()).orElseThrow(() -> new ClientNotFoundException(command.name()));
                clients.delete(client.name());
                return client;
            });
            return deleted.isEnabled()
                    ? kernel.removePeer(deleted.interfaceId(), deleted.keys().publicKey())
                    : KernelOutcome.applied("The client was disabled; no WireGuard change was needed.");
        });
    }
}
