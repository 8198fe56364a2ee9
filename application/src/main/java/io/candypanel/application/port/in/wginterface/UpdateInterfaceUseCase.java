package io.candypanel.application.port.in.wginterface;

/** Changes an interface's range, port or up/down state. */
public interface UpdateInterfaceUseCase {
    InterfaceChange update(UpdateInterfaceCommand command);
}
