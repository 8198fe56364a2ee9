package io.candypanel.adapter.http.botapi;

import io.candypanel.domain.transaction.Transaction;
import java.math.BigDecimal;

/** {@code data} of {@code submit_transaction}: the stored order with the amount the server computed. */
record SubmittedTransactionResponse(String orderId, BigDecimal amount, String status, String purchaseType) {

    static SubmittedTransactionResponse from(Transaction transaction) {
        return new SubmittedTransactionResponse(transaction.orderId().value(), transaction.amount().amount(),
                transaction.status().wireName(), transaction.purchase().kind().wireName());
    }
}
