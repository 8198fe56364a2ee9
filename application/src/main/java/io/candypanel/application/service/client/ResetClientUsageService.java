package io.candypanel.application.service.client;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.ResetClientUsageCommand;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.client.Client;
import java.time.Clock;
import java.util.Objects;

public final class ResetClientUsageService implements ResetClientUsageUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final KernelApplier kernel;
    private final Clock clock;

    public ResetClientUsageService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, KernelApplier kernel, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UpdatedClient reset(ResetClientUsageCommand command) {
        // Traffic up to now is booked first, so the reset starts from an exact zero.
        return kernel.withCountersBooked(() -> {
            Reset reset = unitOfWork.inTransaction(() -> {
                Client client = clients.findByName(command.name()).orElseThrow(() -> new ClientNotFoundException(command.name()));
                boolean reEnabled = client.resetUsage(clock.instant());
                clients.update(client);
                return new Reset(client, reEnabled);
            });
            KernelOutcome outcome = reset.reEnabled()
                    ? kernel.addPeer(reset.client())
                    : KernelOutcome.applied("No WireGuard change was needed.");
            return new UpdatedClient(reset.client(), outcome);
        });
    }

    private record Reset(Client client, boolean reEnabled) {
    }
}
