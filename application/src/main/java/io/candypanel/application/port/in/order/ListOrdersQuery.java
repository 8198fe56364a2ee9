package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.TransactionStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * @param status empty for every status
 * @param offset how many matching orders to skip, &ge; 0
 * @param limit  the page size, 1-{@value #MAX_LIMIT}
 */
public record ListOrdersQuery(Optional<TransactionStatus> status, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public ListOrdersQuery {
        Objects.requireNonNull(status, "status");
        if (offset < 0) {
            throw new IllegalArgumentException("The offset must not be negative.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("The page size must be from 1 to " + MAX_LIMIT + ".");
        }
    }
}
