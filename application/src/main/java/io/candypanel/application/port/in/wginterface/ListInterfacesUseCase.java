package io.candypanel.application.port.in.wginterface;

import java.util.List;

/** Every interface, ordered by id, with the number of its clients counted by the store (no client is loaded). */
public interface ListInterfacesUseCase {
    List<InterfaceListing> list();
}
