package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import java.util.Objects;

/** The admin's decision on one order, with an optional note (null or empty = none). */
public record DecideOrderCommand(OrderId orderId, String adminNote) {
    public DecideOrderCommand {
        Objects.requireNonNull(orderId, "orderId");
        adminNote = Transaction.validNote(adminNote);
    }
}
