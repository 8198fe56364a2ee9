package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Clients by name, with the constraints of the {@code clients} table: unique name, unique public key,
 * unique share token (an absent one never collides), one IPv4 address per interface, one IPv6 address
 * per interface (an absent one never collides), and an interface that exists. {@link #update} and
 * {@link #updateAll} store the mutable fields only; the name, interface, keys, IPv4 address and creation
 * time a client was inserted with stay. The IPv6 address is assigned once: an update stores one assigned
 * since the insert, and a copy without one keeps the stored address (as the SQL update does).
 */
final class InMemoryClientRepository implements ClientRepositoryPort {
    private final Store store;

    InMemoryClientRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<Client> findByName(ClientName name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(store.read(Tables.CLIENTS).get(name.value())).map(Copies::of);
    }

    @Override
    public boolean existsByName(ClientName name) {
        Objects.requireNonNull(name, "name");
        return store.read(Tables.CLIENTS).containsKey(name.value());
    }

    @Override
    public List<Client> findAll() {
        return store.read(Tables.CLIENTS).values().stream().map(Copies::of).toList();
    }

    @Override
    public List<Client> findOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return store.read(Tables.CLIENTS).values().stream()
                .filter(c -> c.interfaceId().equals(interfaceId))
                .sorted(Comparator.comparing(Client::address))
                .map(Copies::of)
                .toList();
    }

    @Override
    public List<Client> findEnabledOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return store.read(Tables.CLIENTS).values().stream()
                .filter(c -> c.interfaceId().equals(interfaceId) && c.isEnabled())
                .map(Copies::of)
                .toList();
    }

    @Override
    public List<Ipv4Address> addressesOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return store.read(Tables.CLIENTS).values().stream()
                .filter(c -> c.interfaceId().equals(interfaceId))
                .map(Client::address)
                .toList();
    }

    @Override
    public List<Ipv6Address> ipv6AddressesOn(InterfaceId interfaceId) {
        Objects.requireNonNull(interfaceId, "interfaceId");
        return store.read(Tables.CLIENTS).values().stream()
                .filter(c -> c.interfaceId().equals(interfaceId))
                .flatMap(c -> c.ipv6Address().stream())
                .toList();
    }

    @Override
    public long count() {
        return store.read(Tables.CLIENTS).size();
    }

    /** Filters and sorts by the domain's reference meaning ({@link ClientFilter#matches}, {@link ClientSort#comparator}). */
    @Override
    public List<Client> findPage(ClientFilter filter, ClientSort sort, long offset, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        return store.read(Tables.CLIENTS).values().stream()
                .filter(filter::matches)
                .sorted(sort.comparator())
                .skip(offset)
                .limit(limit)
                .map(Copies::of)
                .toList();
    }

    @Override
    public long countMatching(ClientFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return store.read(Tables.CLIENTS).values().stream().filter(filter::matches).count();
    }

    /** Interfaces without clients are absent, as in the SQL {@code GROUP BY}. */
    @Override
    public Map<InterfaceId, Long> countPerInterface() {
        return Map.copyOf(store.read(Tables.CLIENTS).values().stream()
                .collect(Collectors.groupingBy(Client::interfaceId, Collectors.counting())));
    }

    /**
     * Sums with {@link Usage#plus}, which stops at {@link Long#MAX_VALUE}; interfaces without clients are
     * absent, as in the SQL {@code GROUP BY}.
     */
    @Override
    public Map<InterfaceId, Usage> usagePerInterface() {
        return Map.copyOf(store.read(Tables.CLIENTS).values().stream().collect(Collectors.groupingBy(Client::interfaceId,
                Collectors.reducing(Usage.NONE, Client::usage, (sum, usage) -> sum.plus(usage.download(), usage.upload())))));
    }

    @Override
    public Optional<Client> findByShareToken(String shareToken) {
        Objects.requireNonNull(shareToken, "shareToken");
        return store.read(Tables.CLIENTS).values().stream()
                .filter(c -> c.shareToken().filter(shareToken::equals).isPresent())
                .findFirst()
                .map(Copies::of);
    }

    @Override
    public void insert(Client client) {
        Objects.requireNonNull(client, "client");
        store.inTransaction(() -> {
            if (!store.read(Tables.INTERFACES).containsKey(client.interfaceId().value())) {
                throw new InMemoryConstraintException("clients.interface_id references no interface");
            }
            Map<String, Client> rows = store.write(Tables.CLIENTS);
            if (rows.containsKey(client.name().value())) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: clients.name");
            }
            for (Client other : rows.values()) {
                if (other.keys().publicKey().equals(client.keys().publicKey())) {
                    throw new InMemoryConstraintException("UNIQUE constraint failed: clients.public_key");
                }
                if (other.interfaceId().equals(client.interfaceId()) && other.address().equals(client.address())) {
                    throw new InMemoryConstraintException("UNIQUE constraint failed: clients.interface_id, clients.ipv4_address");
                }
            }
            checkShareTokenFree(rows, client);
            checkIpv6AddressFree(rows, client.name(), client.interfaceId(), client.ipv6Address());
            rows.put(client.name().value(), Copies.of(client));
            return null;
        });
    }

    /** Throws {@link ClientNotFoundException} when no client has that name. */
    @Override
    public void update(Client client) {
        Objects.requireNonNull(client, "client");
        store.inTransaction(() -> {
            Map<String, Client> rows = store.write(Tables.CLIENTS);
            put(rows, client);
            return null;
        });
    }

    /** All or nothing: throws {@link ClientNotFoundException} for the first client not stored, and keeps none of the call. */
    @Override
    public void updateAll(Collection<Client> clients) {
        Objects.requireNonNull(clients, "clients");
        if (clients.isEmpty()) {
            return;
        }
        store.inTransaction(() -> {
            Map<String, Client> rows = store.write(Tables.CLIENTS);
            for (Client client : clients) {
                put(rows, Objects.requireNonNull(client, "client"));
            }
            return null;
        });
    }

    /** Deleting a client that is not there is not an error. */
    @Override
    public void delete(ClientName name) {
        Objects.requireNonNull(name, "name");
        store.inTransaction(() -> store.write(Tables.CLIENTS).remove(name.value()));
    }

    private static void put(Map<String, Client> rows, Client client) {
        Client stored = rows.get(client.name().value());
        if (stored == null) {
            throw new ClientNotFoundException(client.name());
        }
        checkShareTokenFree(rows, client);
        Optional<Ipv6Address> ipv6Address = client.ipv6Address().or(stored::ipv6Address);
        checkIpv6AddressFree(rows, stored.name(), stored.interfaceId(), ipv6Address);
        Client updated = Client.restore(stored.name(), stored.interfaceId(), stored.keys(),
                stored.presharedKey(), stored.address(), stored.createdAt(), client.expiresAt(), client.quota(),
                client.usage(), client.lastCounters(), client.note(), client.isEnabled(),
                client.disabledReason().orElse(null), client.lastHandshake().orElse(null), client.endpoint().orElse(null),
                client.isConnectedNow(), client.shareToken().orElse(null));
        ipv6Address.ifPresent(updated::assignIpv6Address);
        rows.put(client.name().value(), updated);
    }

    /** The unique index on (interface_id, ipv6_address): no other client of the interface has the address. */
    private static void checkIpv6AddressFree(Map<String, Client> rows, ClientName self, InterfaceId interfaceId,
                                             Optional<Ipv6Address> ipv6Address) {
        if (ipv6Address.isEmpty()) {
            return;
        }
        for (Client other : rows.values()) {
            if (!other.name().equals(self) && other.interfaceId().equals(interfaceId)
                    && other.ipv6Address().equals(ipv6Address)) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: clients.interface_id, clients.ipv6_address");
            }
        }
    }

    private static void checkShareTokenFree(Map<String, Client> rows, Client client) {
        Optional<String> token = client.shareToken();
        if (token.isEmpty()) {
            return;
        }
        for (Client other : rows.values()) {
            if (!other.name().equals(client.name()) && other.shareToken().equals(token)) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: clients.share_token");
            }
        }
    }
}
