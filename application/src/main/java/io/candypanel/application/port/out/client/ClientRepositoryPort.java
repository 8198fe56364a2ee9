package io.candypanel.application.port.out.client;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored clients. Inside a {@code UnitOfWorkPort} transaction every call joins that transaction. */
public interface ClientRepositoryPort {
    Optional<Client> findByName(ClientName name);

    boolean existsByName(ClientName name);

    /** All clients, ordered by name. */
    List<Client> findAll();

    /** Every client of one interface, enabled or not, ordered by address. */
    List<Client> findOn(InterfaceId interfaceId);

    /** The enabled clients of one interface, i.e. the peers it should have. */
    List<Client> findEnabledOn(InterfaceId interfaceId);

    /** Every address taken on an interface, disabled clients included (they keep theirs). */
    List<Ipv4Address> addressesOn(InterfaceId interfaceId);

    long count();

    /**
     * One page of the clients that pass the filter, in the sort's order (ties by name). The store
     * selects the page itself: it never loads every client to cut one page out.
     *
     * @param offset how many matching clients to skip, &ge; 0
     * @param limit  the most clients to return, &ge; 1
     */
    List<Client> findPage(ClientFilter filter, ClientSort sort, long offset, int limit);

    /** How many clients pass the filter, counted by the store. */
    long countMatching(ClientFilter filter);

    /**
     * How many clients each interface has, disabled ones included, counted by the store in one query
     * (never by loading clients). An interface without clients is absent from the map, which a caller
     * reads as 0; so is an interface id that does not exist.
     */
    Map<InterfaceId, Long> countPerInterface();

    /**
     * The usage of each interface's clients, disabled ones included, summed by the store in one query
     * (never by loading clients). Download and upload are summed apart, exactly, and each sum stops at
     * {@link Long#MAX_VALUE} instead of overflowing, as {@link Usage#plus} does. An interface without
     * clients is absent from the map, which a caller reads as {@link Usage#NONE}; so is an interface id
     * that does not exist.
     */
    Map<InterfaceId, Usage> usagePerInterface();

    /**
     * The IPv6 addresses of the clients of one interface (for the allocator). The default loads the
     * clients; a store with an index answers from it.
     */
    default List<Ipv6Address> ipv6AddressesOn(InterfaceId interfaceId) {
        return findOn(interfaceId).stream().flatMap(client -> client.ipv6Address().stream()).toList();
    }

    /** The client with this share token, if any. */
    Optional<Client> findByShareToken(String shareToken);

    void insert(Client client);

    /** Saves every mutable field of an existing client. */
    void update(Client client);

    /** Saves many clients in one batch (a sync tick); no query per client. */
    void updateAll(Collection<Client> clients);

    void delete(ClientName name);
}
