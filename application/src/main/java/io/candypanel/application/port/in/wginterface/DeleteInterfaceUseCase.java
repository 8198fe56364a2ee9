package io.candypanel.application.port.in.wginterface;

/** Removes an interface and every client on it. */
public interface DeleteInterfaceUseCase {
    DeletedInterface delete(DeleteInterfaceCommand command);
}
