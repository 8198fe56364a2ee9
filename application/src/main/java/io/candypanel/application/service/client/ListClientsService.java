package io.candypanel.application.service.client;

import io.candypanel.application.port.in.client.ClientPage;
import io.candypanel.application.port.in.client.ListClientsQuery;
import io.candypanel.application.port.in.client.ListClientsUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

public final class ListClientsService implements ListClientsUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final Clock clock;

    public ListClientsService(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ClientPage list(ListClientsQuery query) {
        Objects.requireNonNull(query, "query");
        ClientFilter filter = new ClientFilter(query.status(), query.search(), clock.instant());
        // One transaction, so that the page and the total describe the same moment.
        return unitOfWork.inTransaction(() -> {
            List<Client> page = clients.findPage(filter, query.sort(), query.offset(), query.size());
            return new ClientPage(page, clients.countMatching(filter));
        });
    }
}
