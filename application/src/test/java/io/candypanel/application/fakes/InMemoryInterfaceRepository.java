package io.candypanel.application.fakes;

import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Interfaces kept as copies, like rows in a table: a change a service makes to a loaded interface
 * is stored only when it calls {@link #update}. Enforces the unique id and port, and deleting an
 * interface deletes its clients too (the foreign key's cascade), in the client repository it was
 * built with.
 */
public final class InMemoryInterfaceRepository implements InterfaceRepositoryPort {
    private final Map<InterfaceId, WgInterface> rows = new TreeMap<>(Comparator.comparingInt(InterfaceId::value));
    private final InMemoryClientRepository clients;

    public InMemoryInterfaceRepository(InMemoryClientRepository clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public synchronized Optional<WgInterface> findById(InterfaceId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryInterfaceRepository::copy);
    }

    @Override
    public synchronized List<WgInterface> findAll() {
        return rows.values().stream().map(InMemoryInterfaceRepository::copy).toList();
    }

    @Override
    public synchronized void insert(WgInterface wgInterface) {
        if (rows.containsKey(wgInterface.id())) {
            throw new IllegalStateException("UNIQUE constraint failed: interfaces.id " + wgInterface.id());
        }
        boolean portTaken = rows.values().stream().anyMatch(i -> i.listenPort().equals(wgInterface.listenPort()));
        if (portTaken) {
            throw new IllegalStateException("UNIQUE constraint failed: interfaces.port " + wgInterface.listenPort());
        }
        rows.put(wgInterface.id(), copy(wgInterface));
    }

    @Override
    public synchronized void update(WgInterface wgInterface) {
        if (!rows.containsKey(wgInterface.id())) {
            throw new InterfaceNotFoundException(wgInterface.id());
        }
        boolean portTaken = rows.values().stream()
                .anyMatch(i -> !i.id().equals(wgInterface.id()) && i.listenPort().equals(wgInterface.listenPort()));
        if (portTaken) {
            throw new IllegalStateException("UNIQUE constraint failed: interfaces.port " + wgInterface.listenPort());
        }
        rows.put(wgInterface.id(), copy(wgInterface));
    }

    @Override
    public synchronized void delete(InterfaceId id) {
        if (rows.remove(id) == null) {
            throw new InterfaceNotFoundException(id);
        }
        clients.deleteAllOn(id);
    }

    public static WgInterface copy(WgInterface i) {
        WgInterface copy = WgInterface.restore(i.id(), i.keys(), i.listenPort(), i.addressRange(), i.mtu(), i.isUp());
        i.ipv6Range().ifPresent(copy::assignIpv6Range);
        return copy;
    }
}
