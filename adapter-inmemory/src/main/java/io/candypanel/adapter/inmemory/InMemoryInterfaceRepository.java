package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Interfaces by number, with a unique id and listen port. {@link #update} stores the port, range, MTU
 * and up/down state (keys never change) and an IPv6 range assigned since the insert (a copy without one
 * keeps the stored range, as the SQL update does); {@link #delete} takes the interface's clients with it
 * in the same unit, like the foreign key's cascade.
 */
final class InMemoryInterfaceRepository implements InterfaceRepositoryPort {
    private final Store store;

    InMemoryInterfaceRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<WgInterface> findById(InterfaceId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(store.read(Tables.INTERFACES).get(id.value())).map(Copies::of);
    }

    @Override
    public List<WgInterface> findAll() {
        return store.read(Tables.INTERFACES).values().stream().map(Copies::of).toList();
    }

    @Override
    public void insert(WgInterface wgInterface) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        store.inTransaction(() -> {
            Map<Integer, WgInterface> rows = store.write(Tables.INTERFACES);
            if (rows.containsKey(wgInterface.id().value())) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: interfaces.id");
            }
            checkPortFree(rows, wgInterface);
            rows.put(wgInterface.id().value(), Copies.of(wgInterface));
            return null;
        });
    }

    /** Throws {@link InterfaceNotFoundException} when there is no such interface. */
    @Override
    public void update(WgInterface wgInterface) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        store.inTransaction(() -> {
            Map<Integer, WgInterface> rows = store.write(Tables.INTERFACES);
            WgInterface stored = rows.get(wgInterface.id().value());
            if (stored == null) {
                throw new InterfaceNotFoundException(wgInterface.id());
            }
            checkPortFree(rows, wgInterface);
            WgInterface updated = WgInterface.restore(stored.id(), stored.keys(), wgInterface.listenPort(),
                    wgInterface.addressRange(), wgInterface.mtu(), wgInterface.isUp());
            wgInterface.ipv6Range().or(stored::ipv6Range).ifPresent(updated::assignIpv6Range);
            rows.put(wgInterface.id().value(), updated);
            return null;
        });
    }

    /** Deletes the interface and all its clients; {@link InterfaceNotFoundException} (nothing deleted) when there is none. */
    @Override
    public void delete(InterfaceId id) {
        Objects.requireNonNull(id, "id");
        store.inTransaction(() -> {
            if (store.write(Tables.INTERFACES).remove(id.value()) == null) {
                throw new InterfaceNotFoundException(id);
            }
            store.write(Tables.CLIENTS).values().removeIf(c -> c.interfaceId().equals(id));
            return null;
        });
    }

    private static void checkPortFree(Map<Integer, WgInterface> rows, WgInterface wgInterface) {
        for (WgInterface other : rows.values()) {
            if (!other.id().equals(wgInterface.id()) && other.listenPort().equals(wgInterface.listenPort())) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: interfaces.listen_port");
            }
        }
    }
}
