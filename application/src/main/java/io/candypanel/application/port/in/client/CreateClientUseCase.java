package io.candypanel.application.port.in.client;

/** Adds a client: allocates its address, generates its keys, stores it, applies it to WireGuard, and returns its config. */
public interface CreateClientUseCase {
    CreatedClient create(CreateClientCommand command);
}
