package io.candypanel.application.port.in.wginterface;

/** Adds interface {@code wgN} with the lowest free N, its keys, port and range, and brings it up. */
public interface CreateInterfaceUseCase {
    InterfaceChange create(CreateInterfaceCommand command);
}
