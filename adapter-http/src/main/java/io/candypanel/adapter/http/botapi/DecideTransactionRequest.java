package io.candypanel.adapter.http.botapi;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.order.DecideOrderCommand;
import io.candypanel.domain.transaction.OrderId;

/** {@code approve_transaction} and {@code reject_transaction}: the order and an optional {@code admin_note}. */
record DecideTransactionRequest(OrderId orderId, String adminNote) {

    static DecideTransactionRequest from(JsonFields fields) {
        return new DecideTransactionRequest(BotFields.orderId(fields), fields.string("admin_note").orElse(null));
    }

    DecideOrderCommand toCommand() {
        return validated("admin_note", () -> new DecideOrderCommand(orderId, adminNote));
    }
}
