package io.candypanel.application.fakes;

import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryInterfaceRepository implements InterfaceRepositoryPort {
    private final Map<InterfaceId, WgInterface> rows = new TreeMap<>(Comparator.comparingInt(InterfaceId::value));

    @Override
    public synchronized Optional<WgInterface> findById(InterfaceId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<WgInterface> findAll() {
        return List.copyOf(rows.values());
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
        rows.put(wgInterface.id(), wgInterface);
    }

    @Override
    public synchronized void update(WgInterface wgInterface) {
        if (!rows.containsKey(wgInterface.id())) {
            throw new IllegalStateException("no interface " + wgInterface.id() + " to update");
        }
        rows.put(wgInterface.id(), wgInterface);
    }

    public synchronized void remove(InterfaceId id) {
        rows.remove(id);
    }
}
