package io.candypanel.application.service.order;

import io.candypanel.application.port.in.order.DecideOrderCommand;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.domain.transaction.Transaction;
import java.time.Clock;
import java.util.Objects;

public final class RejectOrderService implements RejectOrderUseCase {
    private static final System.Logger LOG = System.getLogger(RejectOrderService.class.getName());

    private final UnitOfWorkPort unitOfWork;
    private final TransactionRepositoryPort transactions;
    private final NotificationPort notifications;
    private final Clock clock;

    public RejectOrderService(UnitOfWorkPort unitOfWork, TransactionRepositoryPort transactions, NotificationPort notifications,
                              Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Transaction reject(DecideOrderCommand command) {
        Transaction rejected = unitOfWork.inTransaction(() -> {
            Transaction order = transactions.findByOrderId(command.orderId())
                    .orElseThrow(() -> new TransactionNotFoundException(command.orderId()));
            order.reject(clock.instant(), command.adminNote());
            transactions.update(order);
            return order;
        });
        try {
            notifications.orderRejected(rejected);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not tell the buyer of order " + rejected.orderId()
                    + " about the rejection: " + e.getMessage());
        }
        return rejected;
    }
}
