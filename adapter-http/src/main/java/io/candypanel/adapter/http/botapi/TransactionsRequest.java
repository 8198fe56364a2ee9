package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.order.ListOrdersQuery;
import io.candypanel.domain.transaction.TransactionStatus;
import java.util.List;
import java.util.Optional;

/**
 * {@code get_transactions}: {@code status_filter} ({@code pending} when not given, {@code all} for
 * every status), {@code offset} (default 0) and {@code limit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value ListOrdersQuery#MAX_LIMIT}).
 */
record TransactionsRequest(Optional<TransactionStatus> status, int offset, int limit) {
    static final int DEFAULT_LIMIT = 100;
    static final String ALL = "all";
    /** Every value {@code status_filter} takes, in the order the messages and the OpenAPI document list them. */
    static final List<String> STATUS_FILTERS = List.of("pending", "approved", "rejected", ALL);

    static TransactionsRequest from(JsonFields fields) {
        String filter = fields.string("status_filter").orElse(TransactionStatus.PENDING.wireName());
        Optional<TransactionStatus> status = Optional.empty();
        if (!filter.equals(ALL)) {
            status = Optional.of(statusOf(filter));
        }
        int offset = fields.nonNegativeInt("offset").orElse(0);
        int limit = fields.nonNegativeInt("limit").orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > ListOrdersQuery.MAX_LIMIT) {
            throw JsonFields.invalid("limit", "must be from 1 to " + ListOrdersQuery.MAX_LIMIT);
        }
        return new TransactionsRequest(status, offset, limit);
    }

    private static TransactionStatus statusOf(String filter) {
        for (TransactionStatus status : TransactionStatus.values()) {
            if (status.wireName().equals(filter)) {
                return status;
            }
        }
        throw JsonFields.invalid("status_filter", "must be 'pending', 'approved', 'rejected' or 'all'");
    }

    ListOrdersQuery toQuery() {
        return new ListOrdersQuery(status, offset, limit);
    }
}
