package io.candypanel.application.port.in.order;

/** One page of orders for the admin, newest request first, with the number of all that match. */
public interface ListOrdersUseCase {
    OrderPage list(ListOrdersQuery query);
}
