package io.candypanel.application.port.in.client;

/** Renders a client's wg-quick config from the stored state. */
public interface GetClientConfigUseCase {
    String config(GetClientConfigQuery query);
}
