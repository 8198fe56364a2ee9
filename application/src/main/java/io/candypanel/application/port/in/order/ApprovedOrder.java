package io.candypanel.application.port.in.order;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.transaction.Transaction;
import java.util.Objects;

/**
 * An approved order: the order, its buyer with the purchase counted, the client it went to
 * ({@code clientCreated}: a new one, else the linked one extended), its rendered wg-quick config, and
 * whether WireGuard took the change.
 */
public record ApprovedOrder(Transaction transaction, BotUser buyer, Client client, boolean clientCreated, String config,
                            KernelOutcome kernel) {
    public ApprovedOrder {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(kernel, "kernel");
    }
}
