package io.candypanel.application.fakes;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Clients kept as copies, like rows in a table: a change a service makes to a loaded client is
 * stored only when the service calls {@link #update} or {@link #updateAll}. Enforces the
 * database's unique name, unique address per interface and unique share token. {@link #updateAll} is all or nothing,
 * like the JDBC batch, and the fake counts the clients passed to it.
 */
public final class InMemoryClientRepository implements ClientRepositoryPort {
    private final Map<String, Client> rows = new TreeMap<>();
    private final List<List<String>> updateAllCalls = new ArrayList<>();

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
    public synchronized List<Client> findOn(InterfaceId interfaceId) {
        return rows.values().stream()
                .filter(c -> c.interfaceId().equals(interfaceId))
                .sorted(Comparator.comparing(Client::address))
                .map(InMemoryClientRepository::copy)
                .toList();
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

    /** Like {@code WHERE share_token = ?}: a null token matches no row. */
    @Override
    public synchronized List<Client> findPage(ClientFilter filter, ClientSort sort, long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        return rows.values().stream().filter(filter::matches).sorted(sort.comparator()).skip(offset).limit(limit)
                .map(InMemoryClientRepository::copy).toList();
    }

    @Override
    public synchronized long countMatching(ClientFilter filter) {
        return rows.values().stream().filter(filter::matches).count();
    }

    @Override
    public synchronized Map<InterfaceId, Long> countPerInterface() {
        return Map.copyOf(rows.values().stream().collect(Collectors.groupingBy(Client::interfaceId, Collectors.counting())));
    }

    /** Saturating sums, as {@link Usage#plus}; interfaces without clients are absent. */
    @Override
    public synchronized Map<InterfaceId, Usage> usagePerInterface() {
        return Map.copyOf(rows.values().stream().collect(Collectors.groupingBy(Client::interfaceId,
                Collectors.reducing(Usage.NONE, Client::usage, (a, b) -> a.plus(b.download(), b.upload())))));
    }

    @Override
    public synchronized Optional<Client> findByShareToken(String shareToken) {
        if (shareToken == null) {
            return Optional.empty();
        }
        return rows.values().stream()
                .filter(c -> c.shareToken().map(shareToken::equals).orElse(false))
                .findFirst()
                .map(InMemoryClientRepository::copy);
    }

    @Override
    public synchronized void insert(Client client) {
        if (rows.containsKey(client.name().value())) {
            throw new IllegalStateException("UNIQUE constraint failed: clients.name " + client.name());
        }
        if (addressesOn(client.interfaceId()).contains(client.address())) {
            throw new IllegalStateException("UNIQUE constraint failed: clients.interface_id, clients.address");
        }
        checkShareTokenFree(client);
        rows.put(client.name().value(), copy(client));
    }

    @Override
    public synchronized void update(Client client) {
        if (!rows.containsKey(client.name().value())) {
            throw new IllegalStateException("no client " + client.name() + " to update");
        }
        checkShareTokenFree(client);
        rows.put(client.name().value(), copy(client));
    }

    /** All or nothing: a client that is not stored fails the whole call before anything is written. */
    @Override
    public synchronized void updateAll(Collection<Client> clients) {
        for (Client client : clients) {
            if (!rows.containsKey(client.name().value())) {
                throw new ClientNotFoundException(client.name());
            }
            checkShareTokenFree(client);
        }
        updateAllCalls.add(clients.stream().map(c -> c.name().value()).toList());
        for (Client client : clients) {
            rows.put(client.name().value(), copy(client));
        }
    }

    @Override
    public synchronized void delete(ClientName name) {
        rows.remove(name.value());
    }

    /** The cascade of {@code InMemoryInterfaceRepository.delete}: every client of the interface goes. */
    synchronized int deleteAllOn(InterfaceId interfaceId) {
        int before = rows.size();
        rows.values().removeIf(c -> c.interfaceId().equals(interfaceId));
        return before - rows.size();
    }

    /** The unique constraint on {@code clients.share_token} (NULLs never collide). */
    private void checkShareTokenFree(Client client) {
        client.shareToken().ifPresent(token -> {
            boolean taken = rows.values().stream().anyMatch(other -> !other.name().equals(client.name())
                    && other.shareToken().map(token::equals).orElse(false));
            if (taken) {
                throw new IllegalStateException("UNIQUE constraint failed: clients.share_token");
            }
        });
    }

    /** Test helper: what is stored, without going through a use case. */
    public synchronized Optional<Client> stored(String name) {
        return Optional.ofNullable(rows.get(name)).map(InMemoryClientRepository::copy);
    }

    /** Test helper: the names passed to each {@link #updateAll} call, in call order. */
    public synchronized List<List<String>> updateAllCalls() {
        return List.copyOf(updateAllCalls);
    }

    /** Test helper: how many clients were passed to {@link #updateAll}, over all calls. */
    public synchronized int clientsPassedToUpdateAll() {
        return updateAllCalls.stream().mapToInt(List::size).sum();
    }

    public static Client copy(Client c) {
        Client copy = Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(),
                c.expiresAt(), c.quota(), c.usage(), c.lastCounters(), c.note(), c.isEnabled(),
                c.disabledReason().orElse(null), c.lastHandshake().orElse(null), c.endpoint().orElse(null),
                c.isConnectedNow(), c.shareToken().orElse(null));
        c.ipv6Address().ifPresent(copy::assignIpv6Address);
        return copy;
    }
}
