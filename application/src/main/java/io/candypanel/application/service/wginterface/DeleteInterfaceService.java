package io.candypanel.application.service.wginterface;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Objects;

public final class DeleteInterfaceService implements DeleteInterfaceUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final InterfaceRepositoryPort interfaces;
    private final ClientRepositoryPort clients;
    private final KernelApplier kernel;

    public DeleteInterfaceService(UnitOfWorkPort unitOfWork, InterfaceRepositoryPort interfaces, ClientRepositoryPort clients,
                                  KernelApplier kernel) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    @Override
    public DeletedInterface delete(DeleteInterfaceCommand command) {
        return kernel.withCountersBooked(() -> {
            Deleted deleted = unitOfWork.inTransaction(() -> {
                WgInterface wgInterface = interfaces.findById(command.id())
                        .orElseThrow(() -> new InterfaceNotFoundException(command.id()));
                int clientCount = clients.findOn(wgInterface.id()).size();
                interfaces.delete(wgInterface.id());
                return new Deleted(wgInterface, clientCount);
            });
            KernelOutcome outcome = kernel.removeInterface(deleted.wgInterface());
            return new DeletedInterface(deleted.wgInterface().name(), deleted.clientCount(), outcome);
        });
    }

    private record Deleted(WgInterface wgInterface, int clientCount) {
    }
}
