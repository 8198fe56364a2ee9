package io.candypanel.application.port.out.wginterface;

import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Optional;

/** Stored WireGuard interfaces. */
public interface InterfaceRepositoryPort {
    Optional<WgInterface> findById(InterfaceId id);

    /** All interfaces, ordered by id. */
    List<WgInterface> findAll();

    void insert(WgInterface wgInterface);

    void update(WgInterface wgInterface);

    /** Deletes the interface and, with it, all its clients. */
    void delete(InterfaceId id);
}
