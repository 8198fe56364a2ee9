package io.candypanel.adapter.http.botapi;

/** {@code data} of {@code reject_transaction}: the buyer to tell, and the order. */
record RejectedTransactionResponse(long telegramId, String orderId) {
}
