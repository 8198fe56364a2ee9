package io.candypanel.application.port.in.client;

/** Changes a client's expiry, quota, note or enabled state. */
public interface UpdateClientUseCase {
    UpdatedClient update(UpdateClientCommand command);
}
