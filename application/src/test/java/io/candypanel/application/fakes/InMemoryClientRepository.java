package io.candypanel.application.fakes;

import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Clients kept as copies, like rows in a table: a change a service makes to a loaded client is
 * stored only when the service calls {@link #update}. Enforces the database's unique name and
 * unique address per interface.
 */
public final class InMemoryClientRepository implements ClientRepositoryPort {
    private final Map<String, Client> rows = new TreeMap<>();

    @Override
    public synchronized Optional<Client> findByName(ClientName name) {
        return Optional.ofNullable(rows.get(name.value())).map(InMemoryClientRepository::copy);
    }

    @Override
    public synchronized boolean existsByName(ClientName name) {
        return rows.containsKey(name.value());
    }

    @Override
    public synchronized List<Client> findAll() {
        return rows.values().stream().map(InMemoryClientRepository::copy).toList();
    }

    @Override
    public synchronized List<Client> findEnabledOn(InterfaceId interfaceId) {
        return rows.values().stream()
                .filter(c -> c.interfaceId().equals(interfaceId) && c.isEnabled())
                .map(InMemoryClientRepository::copy)
                .toList();
    }

    @Override
    public synchronized List<Ipv4Address> addressesOn(InterfaceId interfaceId) {
        return rows.values().stream().filter(c -> c.interfaceId().equals(interfaceId)).map(Client::address).toList();
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }

    @Override
    public synchronized void insert(Client client) {
        if (rows.containsKey(client.name().value())) {
            throw new IllegalStateException("UNIQUE constraint failed: clients.name " + client.name());
        }
        if (addressesOn(client.interfaceId()).contains(client.address())) {
            throw new IllegalStateException("UNIQUE constraint failed: clients.interface_id, clients.address");
        }
        rows.put(client.name().value(), copy(client));
    }

    @Override
    public synchronized void update(Client client) {
        if (!rows.containsKey(client.name().value())) {
            throw new IllegalStateException("no client " + client.name() + " to update");
        }
        rows.put(client.name().value(), copy(client));
    }

    @Override
    public synchronized void delete(ClientName name) {
        rows.remove(name.value());
    }

    /** Test helper: what is stored, without going through a use case. */
    public synchronized Optional<Client> stored(String name) {
        return Optional.ofNullable(rows.get(name)).map(InMemoryClientRepository::copy);
    }

    public static Client copy(Client c) {
        return Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(),
                c.expiresAt(), c.quota(), c.usage(), c.lastCounters(), c.note(), c.isEnabled(),
                c.disabledReason().orElse(null), c.lastHandshake().orElse(null), c.endpoint().orElse(null),
                c.isConnectedNow(), c.shareToken().orElse(null));
    }
}
