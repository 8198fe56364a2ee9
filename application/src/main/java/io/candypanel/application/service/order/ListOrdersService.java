package io.candypanel.application.service.order;

import io.candypanel.application.port.in.order.ListOrdersQuery;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.OrderPage;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import java.util.Objects;

public final class ListOrdersService implements ListOrdersUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final TransactionRepositoryPort transactions;

    public ListOrdersService(UnitOfWorkPort unitOfWork, TransactionRepositoryPort transactions) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public OrderPage list(ListOrdersQuery query) {
        // One transaction, so that the page and the total describe the same moment.
        return unitOfWork.inTransaction(() -> new OrderPage(
                transactions.findPage(query.status(), query.offset(), query.limit()), transactions.count(query.status())));
    }
}
