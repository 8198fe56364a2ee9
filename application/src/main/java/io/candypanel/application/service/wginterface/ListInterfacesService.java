package io.candypanel.application.service.wginterface;

import io.candypanel.application.port.in.wginterface.InterfaceListing;
import io.candypanel.application.port.in.wginterface.ListInterfacesUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ListInterfacesService implements ListInterfacesUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final InterfaceRepositoryPort interfaces;
    private final ClientRepositoryPort clients;

    public ListInterfacesService(UnitOfWorkPort unitOfWork, InterfaceRepositoryPort interfaces, ClientRepositoryPort clients) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public List<InterfaceListing> list() {
        // One transaction, so that the counts belong to the interfaces read (a deleted interface takes
        // its clients with it).
        return unitOfWork.inTransaction(() -> {
            List<WgInterface> all = interfaces.findAll();
            Map<InterfaceId, Long> counts = clients.countPerInterface();
            // The store leaves out interfaces without clients.
            return all.stream().map(wg -> new InterfaceListing(wg, counts.getOrDefault(wg.id(), 0L))).toList();
        });
    }
}
