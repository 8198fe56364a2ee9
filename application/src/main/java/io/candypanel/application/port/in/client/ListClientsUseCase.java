package io.candypanel.application.port.in.client;

/**
 * One page of the clients, filtered, searched and sorted by the store, with the number of all that
 * match: the admin's client list at any number of clients.
 */
public interface ListClientsUseCase {
    ClientPage list(ListClientsQuery query);
}
