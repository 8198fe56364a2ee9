package io.candypanel.adapter.http.botapi;

import io.candypanel.application.port.in.order.OrderPage;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code data} of {@code get_transactions}: one page, the number of all that match, and the page asked for. */
record TransactionPageResponse(List<TransactionResponse> transactions, long total, int offset, int limit) {

    static TransactionPageResponse from(OrderPage page, int offset, int limit) {
        return new TransactionPageResponse(page.orders().stream().map(TransactionResponse::from).toList(), page.total(), offset, limit);
    }

    /**
     * One order with the original's columns.
     *
     * @param approvedAt    when the admin decided (approved or rejected), null while pending
     * @param adminNote     null when there is none
     * @param quantity      GB for a {@code gb} plan, months for a {@code month} plan, 0 for {@code custom}
     * @param timeQuantity  months bought
     * @param trafficQuantity GB bought
     */
    record TransactionResponse(String orderId, long telegramId, BigDecimal amount, String cardNumberSent, String status,
                               Instant requestedAt, Instant approvedAt, String adminNote, String purchaseType, long quantity,
                               long timeQuantity, long trafficQuantity) {

        static TransactionResponse from(Transaction transaction) {
            Purchase purchase = transaction.purchase();
            long quantity = switch (purchase.kind()) {
                case GB -> purchase.gigabytes();
                case MONTH -> purchase.months();
                case CUSTOM -> 0;
            };
            return new TransactionResponse(
                    transaction.orderId().value(),
                    transaction.telegramId().value(),
                    transaction.amount().amount(),
                    transaction.cardText().value(),
                    transaction.status().wireName(),
                    transaction.requestedAt(),
                    transaction.decidedAt().orElse(null),
                    transaction.adminNote().isEmpty() ? null : transaction.adminNote(),
                    purchase.kind().wireName(),
                    quantity,
                    purchase.months(),
                    purchase.gigabytes());
        }
    }
}
