package io.candypanel.application.service.order;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.order.SubmitOrderCommand;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import java.time.Clock;
import java.util.Objects;

public final class SubmitOrderService implements SubmitOrderUseCase {
    private static final System.Logger LOG = System.getLogger(SubmitOrderService.class.getName());

    private final UnitOfWorkPort unitOfWork;
    private final BotUserRepositoryPort botUsers;
    private final TransactionRepositoryPort transactions;
    private final SettingsRepositoryPort settings;
    private final NotificationPort notifications;
    private final Clock clock;

    public SubmitOrderService(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers, TransactionRepositoryPort transactions,
                             SettingsRepositoryPort settings, NotificationPort notifications, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Transaction submit(SubmitOrderCommand command) {
        Transaction order = unitOfWork.inTransaction(() -> {
            requireCanOrder(command.telegramId());
            if (transactions.existsByOrderId(command.orderId())) {
                throw new RuleViolationException("ORDER_ID_TAKEN", "Order id " + command.orderId()
                        + " has already been submitted. Please use a unique one or contact support.");
            }
            Transaction created = Transaction.create(command.orderId(), command.telegramId(), command.purchase(), prices(),
                    command.cardText(), clock.instant());
            transactions.insert(created);
            return created;
        });
        try {
            notifications.orderPlaced(order);
        } catch (RuntimeException e) {
            // The order is stored and listed for the admin; a lost message must not lose it.
            LOG.log(System.Logger.Level.WARNING, "Could not notify the admin of order " + order.orderId() + ": " + e.getMessage());
        }
        return order;
    }

    private void requireCanOrder(TelegramId telegramId) {
        BotUser user = botUsers.findByTelegramId(telegramId).orElseThrow(() -> new BotUserNotFoundException(telegramId));
        user.requireCanOrder();
    }

    private PriceList prices() {
        return PriceList.parse(settings.load().get(SettingKey.PRICES));
    }
}
