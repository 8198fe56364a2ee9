package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.order.ApprovedOrder;
import java.math.BigDecimal;

/**
 * {@code data} of {@code approve_transaction}: the buyer's config (for the bot to send), the buyer, the
 * client, the buyer's counters after the purchase, and whether WireGuard took the change.
 */
record ApprovedTransactionResponse(String clientConfig, long telegramId, String clientName, BigDecimal newTrafficGb,
                                   long newTimeDays, KernelResponse kernel) {

    static ApprovedTransactionResponse from(ApprovedOrder approved) {
        return new ApprovedTransactionResponse(approved.config(), approved.buyer().telegramId().value(),
                approved.client().name().value(), approved.buyer().trafficBoughtGb(), approved.buyer().daysBought(),
                KernelResponse.from(approved.kernel()));
    }

    @Override
    public String toString() {
        return "ApprovedTransactionResponse[" + clientName + ", config ***]";
    }
}
