package io.candypanel.application.service.wginterface;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Objects;

public final class UpdateInterfaceService implements UpdateInterfaceUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final InterfaceRepositoryPort interfaces;
    private final ClientRepositoryPort clients;
    private final KernelApplier kernel;

    public UpdateInterfaceService(UnitOfWorkPort unitOfWork, InterfaceRepositoryPort interfaces, ClientRepositoryPort clients,
                                  KernelApplier kernel) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    @Override
    public InterfaceChange update(UpdateInterfaceCommand command) {
        // Bringing an interface down or restarting it resets its counters: book them first.
        return kernel.withCountersBooked(() -> {
            Change change = unitOfWork.inTransaction(() -> {
                WgInterface wgInterface = interfaces.findById(command.id())
                        .orElseThrow(() -> new InterfaceNotFoundException(command.id()));
                List<WgInterface> all = interfaces.findAll();
                boolean rangeChanged = command.addressRange().filter(r -> !r.equals(wgInterface.addressRange())).isPresent();
                command.listenPort().ifPresent(port -> {
                    InterfaceRules.requireFreePort(all, port, wgInterface.id());
                    wgInterface.changeListenPort(port);
                });
                if (rangeChanged) {
                    InterfaceRules.requireNoOverlap(all, command.addressRange().get(), wgInterface.id());
                    InterfaceRules.requireClientsFit(clients.findOn(wgInterface.id()), command.addressRange().get());
                    wgInterface.changeAddressRange(command.addressRange().get());
                }
                command.up().ifPresent(up -> {
                    if (up) {
                        wgInterface.bringUp();
                    } else {
                        wgInterface.bringDown();
                    }
                });
                interfaces.update(wgInterface);
                return new Change(wgInterface, rangeChanged);
            });
            // A new address needs wg-quick to run again; a new port or state is applied live.
            KernelOutcome outcome = change.rangeChanged() && change.wgInterface().isUp()
                    ? kernel.restart(change.wgInterface().id())
                    : kernel.apply(change.wgInterface().id());
            return new InterfaceChange(change.wgInterface(), outcome);
        });
    }

    private record Change(WgInterface wgInterface, boolean rangeChanged) {
    }
}
