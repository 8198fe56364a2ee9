package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.Transaction;
import java.util.List;

/** The orders of one page and how many orders match the filter in all. */
public record OrderPage(List<Transaction> orders, long total) {
    public OrderPage {
        orders = List.copyOf(orders);
        if (total < orders.size()) {
            throw new IllegalArgumentException("the total cannot be smaller than the page");
        }
    }
}
