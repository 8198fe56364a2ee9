package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static io.candypanel.application.contract.ContractData.assertSameClient;
import static io.candypanel.application.contract.ContractData.client;
import static io.candypanel.application.contract.ContractData.dualStack;
import static io.candypanel.application.contract.ContractData.key;
import static io.candypanel.application.contract.ContractData.keyPair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.ClientSortField;
import io.candypanel.domain.client.ClientStatusFilter;
import java.time.Instant;
import java.util.Comparator;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code ClientRepositoryPort}: every field round-trips; a client needs a stored
 * interface; names, public keys and share tokens are unique, addresses unique per interface; lists
 * are ordered as the port says ({@code findAll} and {@code findEnabledOn} by name, {@code findOn} by
 * address, numerically); updating a missing client is {@link ClientNotFoundException};
 * {@code updateAll} is all or nothing, also inside a transaction that goes on after it failed;
 * {@code countPerInterface} counts every client (disabled ones included) and leaves out interfaces
 * without clients; {@code usagePerInterface} sums the same clients' download and upload apart, exactly,
 * stopping at {@link Long#MAX_VALUE} instead of overflowing, and leaves out the same interfaces.
 *
 * <p>IPv6 (dual stack): a client's IPv6 address is optional and round-trips through every query; it is
 * unique per interface (the same address on another interface is fine, any number of clients have none);
 * {@code update} and {@code updateAll} store an address assigned after the insert, and a copy without one
 * (loaded before the assignment) never clears the stored address; a refused write keeps nothing of the
 * call; {@code ipv6AddressesOn} lists the addresses of one interface, in no particular order.
 */
public abstract class ClientRepositoryContract extends StorageContract {
    private static final InterfaceId WG1 = new InterfaceId(1);
    private static final String ALICE_TOKEN = "share-token-of-alice-abcdef";

    private ClientRepositoryPort clients;

    @BeforeEach
    public final void storeTwoInterfaces() {
        ports().interfaces().insert(ContractData.wg0());
        ports().interfaces().insert(ContractData.wg1());
        clients = ports().clients();
    }

    @Test
    public void aNewClientRoundTripsWithEveryField() {
        Client alice = client("alice", 0);

        clients.insert(alice);

        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
        assertEquals(Optional.empty(), clients.findByName(new ClientName("nobody")));
    }

    @Test
    public void aClientWithEveryOptionalFieldSetRoundTrips() {
        Client bob = Client.restore(new ClientName("bob.example-1"), InterfaceId.FIRST, keyPair(7), key(3, 7),
                Ipv4Address.parse("10.0.0.200"), T0, T0.plusMillis(1), new Quota(Long.MAX_VALUE),
                new Usage(Long.MAX_VALUE - 1, 123_456_789_012L), new KernelCounters(Long.MAX_VALUE, 42),
                "ünïcode note, with 'quotes'", false, DisabledReason.BANNED, T0.minusMillis(999),
                "[2001:db8::1]:51820", true, "share-token-abc");

        clients.insert(bob);

        assertSameClient(bob, clients.findByName(bob.name()).orElseThrow());
    }

    @Test
    public void updateSavesEveryMutableField() {
        Client alice = client("alice", 0);
        clients.insert(alice);

        alice.recordCounters(new KernelCounters(1_000, 5_000));
        alice.recordCounters(new KernelCounters(3_000, 9_000));
        alice.changeExpiry(T0.plus(Duration.ofDays(400)));
        alice.changeQuota(new Quota(1L << 40));
        alice.changeNote("renewed");
        alice.disable(DisabledReason.QUOTA);
        alice.shareWith("share-token-of-alice-0001");
        clients.update(alice);

        Client stored = clients.findByName(alice.name()).orElseThrow();
        assertSameClient(alice, stored);
        assertEquals(new Usage(9_000, 3_000), stored.usage());

        stored.enable(T0);
        stored.revokeShare();
        clients.update(stored);
        Client enabled = clients.findByName(alice.name()).orElseThrow();
        assertTrue(enabled.isEnabled());
        assertEquals(Optional.empty(), enabled.disabledReason());
        assertEquals(Optional.empty(), enabled.shareToken());
    }

    @Test
    public void aLoadedClientIsACopyUntilItIsSaved() {
        clients.insert(client("alice", 0));

        Client loaded = clients.findByName(new ClientName("alice")).orElseThrow();
        loaded.changeNote("not saved");
        loaded.disable(DisabledReason.BANNED);

        Client again = clients.findByName(new ClientName("alice")).orElseThrow();
        assertEquals("note alice", again.note());
        assertTrue(again.isEnabled());
    }

    @Test
    public void updatingAMissingClientThrowsNotFound() {
        assertThrows(ClientNotFoundException.class, () -> clients.update(client("ghost", 0)));
        assertEquals(0, clients.count());
    }

    @Test
    public void deleteRemovesTheClientAndToleratesAMissingOne() {
        clients.insert(client("alice", 0));
        clients.insert(client("bob", 1));

        clients.delete(new ClientName("alice"));
        clients.delete(new ClientName("alice"));

        assertFalse(clients.existsByName(new ClientName("alice")));
        assertTrue(clients.existsByName(new ClientName("bob")));
        assertEquals(1, clients.count());
    }

    @Test
    public void queriesByNameInterfaceAndState() {
        Client carol = client("carol", 0);
        Client alice = client("alice", 1);
        Client bob = client("bob", 2);
        bob.disable(DisabledReason.EXPIRED);
        Client dave = client("dave", 3, WG1, Ipv4Address.parse("10.1.0.2"));
        for (Client c : List.of(carol, alice, bob, dave)) {
            clients.insert(c);
        }

        assertEquals(4, clients.count());
        assertTrue(clients.existsByName(new ClientName("bob")));
        assertFalse(clients.existsByName(new ClientName("eve")));
        assertEquals(List.of("alice", "bob", "carol", "dave"), names(clients.findAll()));
        assertEquals(List.of("alice", "carol"), names(clients.findEnabledOn(InterfaceId.FIRST)));
        assertEquals(List.of("dave"), names(clients.findEnabledOn(WG1)));
        assertEquals(Set.of(carol.address(), alice.address(), bob.address()), Set.copyOf(clients.addressesOn(InterfaceId.FIRST)));
        assertEquals(List.of(Ipv4Address.parse("10.1.0.2")), clients.addressesOn(WG1));
        assertEquals(List.of(), clients.findOn(new InterfaceId(7)));
    }

    @Test
    public void findOnReturnsEveryClientOfTheInterfaceEnabledOrNotOrderedByAddressNumerically() {
        Client ten = client("a-ten", 0, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.10"));
        Client two = client("b-two", 1, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.2"));
        two.disable(DisabledReason.QUOTA);
        Client hundred = client("c-hundred", 2, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.100"));
        Client other = client("d-other", 3, WG1, Ipv4Address.parse("10.1.0.3"));
        for (Client c : List.of(ten, two, hundred, other)) {
            clients.insert(c);
        }

        assertEquals(List.of("b-two", "a-ten", "c-hundred"), names(clients.findOn(InterfaceId.FIRST)));
    }

    @Test
    public void aDuplicateNameIsRefusedAndNothingChanges() {
        Client alice = client("alice", 0);
        clients.insert(alice);

        assertThrows(RuntimeException.class, () -> clients.insert(client("alice", 1)));

        assertEquals(1, clients.count());
        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
    }

    @Test
    public void aDuplicateAddressOnTheSameInterfaceIsRefusedButAnotherInterfaceIsFine() {
        clients.insert(client("alice", 0, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.5")));

        assertThrows(RuntimeException.class,
                () -> clients.insert(client("bob", 1, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.5"))));
        clients.insert(client("carol", 2, WG1, Ipv4Address.parse("10.0.0.5")));

        assertEquals(List.of("alice", "carol"), names(clients.findAll()));
    }

    @Test
    public void aDuplicatePublicKeyIsRefused() {
        clients.insert(client("alice", 0));
        Client template = client("bob", 1);
        Client sameKey = Client.create(template.name(), InterfaceId.FIRST, new WgKeyPair(key(9, 9), keyPair(0).publicKey()),
                key(3, 1), template.address(), T0, template.expiresAt(), template.quota(), "");

        assertThrows(RuntimeException.class, () -> clients.insert(sameKey));

        assertEquals(1, clients.count());
    }

    @Test
    public void aShareTokenBelongsToOneClientAndFindsExactlyIt() {
        Client alice = client("alice", 0);
        alice.shareWith(ALICE_TOKEN);
        clients.insert(alice);
        Client bob = client("bob", 1);
        clients.insert(bob);

        assertEquals(Optional.of("alice"), clients.findByShareToken(ALICE_TOKEN).map(c -> c.name().value()));
        assertEquals(Optional.empty(), clients.findByShareToken(ALICE_TOKEN.substring(0, ALICE_TOKEN.length() - 1)));
        assertEquals(Optional.empty(), clients.findByShareToken(ALICE_TOKEN.toUpperCase(Locale.ROOT)));

        bob.shareWith(ALICE_TOKEN);
        assertThrows(RuntimeException.class, () -> clients.update(bob));
        assertEquals(Optional.empty(), clients.findByName(bob.name()).orElseThrow().shareToken());

        alice.revokeShare();
        clients.update(alice);
        assertEquals(Optional.empty(), clients.findByShareToken(ALICE_TOKEN));
    }

    @Test
    public void aClientNeedsAStoredInterface() {
        assertThrows(RuntimeException.class,
                () -> clients.insert(client("lost", 0, new InterfaceId(9), Ipv4Address.parse("10.9.0.2"))));

        assertEquals(0, clients.count());
    }

    @Test
    public void updateAllSavesEveryMutableFieldOfManyClients() {
        List<Client> stored = insertClients(30);
        List<Client> changed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            changed.add(changedCopy(stored.get(i), i));
        }

        clients.updateAll(changed);

        for (Client expected : changed) {
            assertSameClient(expected, clients.findByName(expected.name()).orElseThrow());
        }
    }

    @Test
    public void updateAllWithAMissingClientThrowsNotFoundAndAppliesNoneOfTheBatch() {
        List<Client> stored = insertClients(5);
        List<Client> batch = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            batch.add(changedCopy(stored.get(i), i));
        }
        batch.add(2, client("ghost", 99));

        assertThrows(ClientNotFoundException.class, () -> clients.updateAll(batch));

        assertUnchanged(stored);
    }

    @Test
    public void aFailedUpdateAllInsideATransactionThatGoesOnKeepsNoneOfTheBatch() {
        List<Client> stored = insertClients(4);
        List<Client> batch = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            batch.add(changedCopy(stored.get(i), i));
        }
        batch.add(client("ghost", 99));

        ports().unitOfWork().run(() -> {
            assertThrows(ClientNotFoundException.class, () -> clients.updateAll(batch));
            clients.insert(client("late", 50));
        });

        assertUnchanged(stored);
        assertTrue(clients.existsByName(new ClientName("late")));
    }

    @Test
    public void updateAllJoinsTheOuterTransaction() {
        List<Client> stored = insertClients(3);
        List<Client> batch = List.of(changedCopy(stored.get(0), 0), changedCopy(stored.get(1), 1));

        assertThrows(IllegalStateException.class, () -> ports().unitOfWork().run(() -> {
            clients.updateAll(batch);
            throw new IllegalStateException("rolled back");
        }));

        assertUnchanged(stored);
    }

    @Test
    public void updateAllOfNothingDoesNothing() {
        List<Client> stored = insertClients(2);

        clients.updateAll(List.of());

        assertUnchanged(stored);
    }

    @Test
    public void aDualStackClientRoundTripsWithItsIpv6AddressThroughEveryQuery() {
        Client alice = dualStack(client("alice", 0), "fd42:42:42::2");
        alice.shareWith(ALICE_TOKEN);
        Client bob = client("bob", 1);

        clients.insert(alice);
        clients.insert(bob);

        Optional<Ipv6Address> expected = Optional.of(Ipv6Address.parse("fd42:42:42::2"));
        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
        assertEquals(expected, clients.findByShareToken(ALICE_TOKEN).orElseThrow().ipv6Address());
        assertEquals(List.of(expected, Optional.empty()), clients.findAll().stream().map(Client::ipv6Address).toList());
        assertEquals(List.of(expected, Optional.empty()),
                clients.findOn(InterfaceId.FIRST).stream().map(Client::ipv6Address).toList());
        assertEquals(List.of(expected, Optional.empty()),
                clients.findEnabledOn(InterfaceId.FIRST).stream().map(Client::ipv6Address).toList());
        assertEquals(Optional.empty(), clients.findByName(bob.name()).orElseThrow().ipv6Address());
    }

    @Test
    public void aGlobalIpv6AddressWithAllSixteenBytesSetRoundTrips() {
        Client alice = dualStack(client("alice", 0), "2001:db8:ffff:ffff:ffff:ffff:ffff:fffe");

        clients.insert(alice);

        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
    }

    @Test
    public void anIpv6AddressAssignedAfterTheInsertIsSavedByUpdateAndUpdateAll() {
        clients.insert(client("alice", 0));
        clients.insert(client("bob", 1));

        Client alice = clients.findByName(new ClientName("alice")).orElseThrow();
        alice.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        clients.update(alice);
        Client bob = clients.findByName(new ClientName("bob")).orElseThrow();
        bob.assignIpv6Address(Ipv6Address.parse("fd42:42:42::3"));
        clients.updateAll(List.of(bob));

        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
        assertSameClient(bob, clients.findByName(bob.name()).orElseThrow());
    }

    @Test
    public void aCopyLoadedBeforeTheAssignmentNeverClearsTheStoredIpv6Address() {
        clients.insert(client("alice", 0));
        Client stale = clients.findByName(new ClientName("alice")).orElseThrow();
        Client fresh = clients.findByName(new ClientName("alice")).orElseThrow();
        fresh.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        clients.update(fresh);

        stale.changeNote("from the stale copy");
        clients.update(stale);
        clients.updateAll(List.of(stale));

        Client stored = clients.findByName(new ClientName("alice")).orElseThrow();
        assertEquals("from the stale copy", stored.note());
        assertEquals(Optional.of(Ipv6Address.parse("fd42:42:42::2")), stored.ipv6Address());
    }

    @Test
    public void anIpv6AddressIsUniquePerInterfaceAndARefusedInsertKeepsNothing() {
        Client alice = dualStack(client("alice", 0), "fd42:42:42::2");
        clients.insert(alice);

        // The same address in another spelling is the same address.
        assertThrows(RuntimeException.class, () -> clients.insert(dualStack(client("bob", 1), "FD42:0042:42:0:0:0:0:2")));
        assertFalse(clients.existsByName(new ClientName("bob")));
        clients.insert(dualStack(client("carol", 2, WG1, Ipv4Address.parse("10.1.0.2")), "fd42:42:42::2"));
        clients.insert(client("dave", 3));
        clients.insert(client("erin", 4));

        assertEquals(List.of("alice", "carol", "dave", "erin"), names(clients.findAll()));
        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
    }

    @Test
    public void anUpdateThatWouldDuplicateAnIpv6AddressIsRefusedAndKeepsNothing() {
        clients.insert(dualStack(client("alice", 0), "fd42:42:42::2"));
        Client bob = client("bob", 1);
        clients.insert(bob);

        Client changed = clients.findByName(bob.name()).orElseThrow();
        changed.changeNote("not saved");
        changed.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        assertThrows(RuntimeException.class, () -> clients.update(changed));

        assertSameClient(bob, clients.findByName(bob.name()).orElseThrow());
    }

    @Test
    public void anUpdateAllWithADuplicateIpv6AddressAppliesNoneOfTheBatch() {
        List<Client> stored = insertClients(4);
        List<Client> batch = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Client copy = changedCopy(stored.get(i), i);
            copy.assignIpv6Address(Ipv6Address.parse(i == 3 ? "fd42:42:42::2" : "fd42:42:42::" + (2 + i)));
            batch.add(copy);
        }

        assertThrows(RuntimeException.class, () -> clients.updateAll(batch));

        assertUnchanged(stored);
    }

    @Test
    public void ipv6AddressesOnListsTheAddressesOfOneInterfaceAndSkipsIpv4OnlyClients() {
        clients.insert(dualStack(client("alice", 0), "fd42:42:42::2"));
        Client bob = dualStack(client("bob", 1), "fd42:42:42::10");
        bob.disable(DisabledReason.EXPIRED);
        clients.insert(bob);
        clients.insert(client("carol", 2));
        clients.insert(dualStack(client("dave", 3, WG1, Ipv4Address.parse("10.1.0.2")), "fd42:42:43::2"));

        assertEquals(Set.of(Ipv6Address.parse("fd42:42:42::2"), Ipv6Address.parse("fd42:42:42::10")),
                Set.copyOf(clients.ipv6AddressesOn(InterfaceId.FIRST)));
        assertEquals(2, clients.ipv6AddressesOn(InterfaceId.FIRST).size());
        assertEquals(List.of(Ipv6Address.parse("fd42:42:43::2")), clients.ipv6AddressesOn(WG1));
        assertEquals(List.of(), clients.ipv6AddressesOn(new InterfaceId(7)));

        clients.delete(new ClientName("alice"));
        assertEquals(List.of(Ipv6Address.parse("fd42:42:42::10")), clients.ipv6AddressesOn(InterfaceId.FIRST));
    }

    @Test
    public void countPerInterfaceCountsEveryClientOfEachInterfaceDisabledOnesIncludedAndLeavesOutEmptyOnes() {
        InterfaceId wg2 = new InterfaceId(2);
        ports().interfaces().insert(ContractData.wgInterface(2, 51822, "10.2.0.1/24"));
        assertEquals(Map.of(), clients.countPerInterface(), "no clients, no interface");

        clients.insert(client("alice", 0));
        Client bob = client("bob", 1);
        bob.disable(DisabledReason.BANNED);
        clients.insert(bob);
        Client carol = client("carol", 2);
        carol.disable(DisabledReason.QUOTA);
        clients.insert(carol);
        Client dave = client("dave", 3, WG1, Ipv4Address.parse("10.1.0.2"));
        dave.disable(DisabledReason.EXPIRED);
        clients.insert(dave);
        clients.insert(client("erin", 4, WG1, Ipv4Address.parse("10.1.0.3")));

        Map<InterfaceId, Long> counts = clients.countPerInterface();
        assertEquals(Map.of(InterfaceId.FIRST, 3L, WG1, 2L), counts);
        assertFalse(counts.containsKey(wg2), "an interface without clients is absent");
        assertEquals(clients.count(), counts.values().stream().mapToLong(Long::longValue).sum());

        clients.delete(new ClientName("dave"));
        clients.delete(new ClientName("erin"));
        clients.insert(client("frank", 5, wg2, Ipv4Address.parse("10.2.0.2")));
        assertEquals(Map.of(InterfaceId.FIRST, 3L, wg2, 1L), clients.countPerInterface());
    }

    @Test
    public void usagePerInterfaceSumsEveryClientOfEachInterfaceDisabledOnesIncludedAndLeavesOutEmptyOnes() {
        InterfaceId wg2 = new InterfaceId(2);
        ports().interfaces().insert(ContractData.wgInterface(2, 51822, "10.2.0.1/24"));
        assertEquals(Map.of(), clients.usagePerInterface(), "no clients, no interface");

        clients.insert(using(client("alice", 0), 100, 10));
        Client bob = using(client("bob", 1), 200, 20);
        bob.disable(DisabledReason.BANNED);
        clients.insert(bob);
        clients.insert(client("carol", 2));
        Client dave = using(client("dave", 3, WG1, Ipv4Address.parse("10.1.0.2")), 5_000_000_000L, 7);
        dave.disable(DisabledReason.QUOTA);
        clients.insert(dave);
        clients.insert(client("erin", 4, WG1, Ipv4Address.parse("10.1.0.3")));

        Map<InterfaceId, Usage> usage = clients.usagePerInterface();
        assertEquals(Map.of(InterfaceId.FIRST, new Usage(300, 30), WG1, new Usage(5_000_000_000L, 7)), usage);
        assertFalse(usage.containsKey(wg2), "an interface without clients is absent");
        assertEquals(clients.countPerInterface().keySet(), usage.keySet(), "the same interfaces as countPerInterface");

        Client stored = clients.findByName(new ClientName("alice")).orElseThrow();
        stored.recordCounters(new KernelCounters(1, 2)); // 2 more down, 1 more up
        clients.update(stored);
        clients.delete(new ClientName("dave"));
        clients.delete(new ClientName("erin"));
        clients.insert(using(client("frank", 5, wg2, Ipv4Address.parse("10.2.0.2")), 0, 0));
        assertEquals(Map.of(InterfaceId.FIRST, new Usage(302, 31), wg2, Usage.NONE), clients.usagePerInterface(),
                "a client with no usage still makes its interface present, with a sum of 0");
    }

    @Test
    public void usagePerInterfaceIsExactForLargeSumsAndStopsAtLongMaxValue() {
        InterfaceId wg2 = new InterfaceId(2);
        ports().interfaces().insert(ContractData.wgInterface(2, 51822, "10.2.0.1/24"));
        long half = Long.MAX_VALUE / 2 + 1; // 2^62: two of them are one more than Long.MAX_VALUE
        clients.insert(using(client("alice", 0), half, 1));
        Client bob = using(client("bob", 1), half, Long.MAX_VALUE);
        bob.disable(DisabledReason.QUOTA);
        clients.insert(bob);
        // Above 2^53 a double cannot hold every integer: 2^53 + 3 is exact only in integer arithmetic.
        clients.insert(using(client("carol", 2, WG1, Ipv4Address.parse("10.1.0.2")), (1L << 53) + 1, Long.MAX_VALUE - 5));
        clients.insert(using(client("dave", 3, WG1, Ipv4Address.parse("10.1.0.3")), 2, 6));
        clients.insert(using(client("erin", 4, wg2, Ipv4Address.parse("10.2.0.2")), Long.MAX_VALUE / 2, (1L << 32) - 1));
        clients.insert(using(client("frank", 5, wg2, Ipv4Address.parse("10.2.0.3")), half, (1L << 32) - 1));

        assertEquals(Map.of(
                        InterfaceId.FIRST, new Usage(Long.MAX_VALUE, Long.MAX_VALUE),
                        WG1, new Usage((1L << 53) + 3, Long.MAX_VALUE),
                        wg2, new Usage(Long.MAX_VALUE, (1L << 33) - 2)),
                clients.usagePerInterface(),
                "2^62 + 2^62 and (2^63 - 6) + 6 stop at Long.MAX_VALUE; (2^62 - 1) + 2^62 is Long.MAX_VALUE exactly");
    }

    /** {@code client} restored with the given usage (download = sent to the client, upload = received). */
    private static Client using(Client c, long download, long upload) {
        Client copy = Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(),
                c.expiresAt(), c.quota(), new Usage(download, upload), c.lastCounters(), c.note(), c.isEnabled(),
                c.disabledReason().orElse(null), c.lastHandshake().orElse(null), c.endpoint().orElse(null),
                c.isConnectedNow(), c.shareToken().orElse(null));
        c.ipv6Address().ifPresent(copy::assignIpv6Address);
        return copy;
    }

    private List<Client> insertClients(int count) {
        List<Client> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Client c = client(String.format("c%03d", i), i);
            clients.insert(c);
            stored.add(c);
        }
        return stored;
    }

    private static Client changedCopy(Client c, int i) {
        boolean enabled = i % 3 != 0;
        DisabledReason reason = enabled ? null : DisabledReason.values()[(i / 3) % DisabledReason.values().length];
        return Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(),
                c.expiresAt().plusMillis(1_000L + i), new Quota((5L << 30) + i), new Usage(1_000_000L * i + 7, 2_000L * i + 3),
                new KernelCounters(3_000L * i + 11, 4_000L * i + 13), "changed note " + i, enabled, reason,
                i % 4 == 0 ? null : T0.plusMillis(i), i % 5 == 0 ? null : "198.51.100." + (i % 250) + ":" + (1024 + i),
                i % 2 == 0, i % 7 == 0 ? null : "share-" + i);
    }

    private void assertUnchanged(List<Client> stored) {
        for (Client expected : stored) {
            assertSameClient(expected, clients.findByName(expected.name()).orElseThrow());
        }
    }

    private static List<String> names(List<Client> list) {
        return list.stream().map(c -> c.name().value()).collect(Collectors.toList());
    }

    // ----------------------------------------------------------------------------------------------
    // findPage / countMatching: the store filters, searches, sorts and pages; the domain's
    // ClientFilter.matches and ClientSort.comparator are the reference meaning.

    private static final Instant NOW = T0.plus(Duration.ofDays(1));

    /**
     * Seven clients chosen so that every filter, search and sort has ties and traps: an upper-case name
     * (binary order puts it first), equal usages, creation times and expiries, an expiry exactly at
     * {@code NOW}, a quota reached exactly, notes with '%', '_' and '\\', and near misses that an
     * unescaped LIKE would match.
     */
    private List<Client> storeSeven() {
        List<Client> seven = List.of(
                listed("alice", 0, T0, T0.plus(Duration.ofDays(10)), 100, 50, 10, true, true, "50% off"),
                listed("bob", 1, T0.plusSeconds(3600), T0.plus(Duration.ofDays(5)), 0, 600, 400, true, false, "C:\\x under"),
                listed("Carol", 2, T0.plusSeconds(7200), T0.minus(Duration.ofDays(1)), 100, 70, 30, false, false, ""),
                listed("dave", 3, T0.plusSeconds(10800), T0.plus(Duration.ofDays(5)), 50, 30, 30, true, false, "ALICE's friend"),
                dualStack(listed("erin_1", 4, T0, T0.plus(Duration.ofDays(20)), 0, 60, 0, false, false, "100%"), "fd42:42:42::6"),
                listed("erinx1", 5, T0.plusSeconds(18000), T0.plus(Duration.ofDays(30)), 0, 0, 0, true, true, "50 cents"),
                listed("frank", 6, T0.plusSeconds(14400), NOW, 0, 0, 0, true, false, ""));
        seven.forEach(clients::insert);
        return seven;
    }

    private static Client listed(String name, int seed, Instant createdAt, Instant expiresAt, long quota, long download,
                                 long upload, boolean enabled, boolean connected, String note) {
        return Client.restore(new ClientName(name), InterfaceId.FIRST, keyPair(seed), key(3, seed),
                new Ipv4Address(Ipv4Address.parse("10.0.0.2").value() + seed), createdAt, expiresAt, new Quota(quota),
                new Usage(download, upload), KernelCounters.ZERO, note, enabled,
                enabled ? null : DisabledReason.EXPIRED, connected ? NOW.minusSeconds(10) : null, null, connected, null);
    }

    private static ClientFilter filter(ClientStatusFilter status, String search) {
        return new ClientFilter(status, Optional.ofNullable(search), NOW);
    }

    private List<String> names(ClientFilter filter, ClientSort sort, long offset, int limit) {
        return clients.findPage(filter, sort, offset, limit).stream().map(c -> c.name().value()).toList();
    }

    private List<String> all(ClientFilter filter, ClientSort sort) {
        return names(filter, sort, 0, 100);
    }

    @Test
    public void eachStatusFilterSelectsItsClientsAndCountsThem() {
        storeSeven();
        ClientSort byName = ClientSort.BY_NAME;

        assertEquals(List.of("Carol", "alice", "bob", "dave", "erin_1", "erinx1", "frank"), all(filter(ClientStatusFilter.ALL, null), byName));
        assertEquals(List.of("alice", "bob", "dave", "erinx1", "frank"), all(filter(ClientStatusFilter.ENABLED, null), byName));
        assertEquals(List.of("Carol", "erin_1"), all(filter(ClientStatusFilter.DISABLED, null), byName));
        assertEquals(List.of("alice", "erinx1"), all(filter(ClientStatusFilter.CONNECTED, null), byName));
        assertEquals(List.of("Carol", "frank"), all(filter(ClientStatusFilter.EXPIRED, null), byName),
                "expired means expires <= now, an expiry exactly now included");
        assertEquals(List.of("Carol", "dave"), all(filter(ClientStatusFilter.OVER_QUOTA, null), byName),
                "over quota means a quota is set and download + upload >= quota");

        assertEquals(7, clients.countMatching(filter(ClientStatusFilter.ALL, null)));
        assertEquals(5, clients.countMatching(filter(ClientStatusFilter.ENABLED, null)));
        assertEquals(2, clients.countMatching(filter(ClientStatusFilter.DISABLED, null)));
        assertEquals(2, clients.countMatching(filter(ClientStatusFilter.CONNECTED, null)));
        assertEquals(2, clients.countMatching(filter(ClientStatusFilter.EXPIRED, null)));
        assertEquals(2, clients.countMatching(filter(ClientStatusFilter.OVER_QUOTA, null)));
    }

    @Test
    public void theSearchMatchesNameNoteAndAddressesIgnoringAsciiCase() {
        storeSeven();
        ClientSort byName = ClientSort.BY_NAME;

        assertEquals(List.of("alice", "dave"), all(filter(ClientStatusFilter.ALL, "alice"), byName), "name or note");
        assertEquals(List.of("alice", "dave"), all(filter(ClientStatusFilter.ALL, "ALICE"), byName));
        assertEquals(List.of("bob"), all(filter(ClientStatusFilter.ALL, "  bob  "), byName), "trimmed");
        assertEquals(List.of("dave"), all(filter(ClientStatusFilter.ALL, "10.0.0.5"), byName), "IPv4 address");
        assertEquals(List.of("erin_1"), all(filter(ClientStatusFilter.ALL, "FD42:42:42::6"), byName), "IPv6 address");
        assertEquals(List.of("erinx1"), all(filter(ClientStatusFilter.ENABLED, "erin"), byName), "search and status together");
        assertEquals(List.of(), all(filter(ClientStatusFilter.ALL, "nobody"), byName));
        assertEquals(2, clients.countMatching(filter(ClientStatusFilter.ALL, "alice")));
        assertEquals(1, clients.countMatching(filter(ClientStatusFilter.ENABLED, "erin")));
    }

    @Test
    public void likeWildcardsInTheSearchAreTakenLiterally() {
        storeSeven();
        ClientSort byName = ClientSort.BY_NAME;

        assertEquals(List.of("alice"), all(filter(ClientStatusFilter.ALL, "50%"), byName), "not '50 cents'");
        assertEquals(List.of("alice", "erin_1"), all(filter(ClientStatusFilter.ALL, "%"), byName));
        assertEquals(List.of("erin_1"), all(filter(ClientStatusFilter.ALL, "n_1"), byName), "not 'erinx1'");
        assertEquals(List.of("erin_1"), all(filter(ClientStatusFilter.ALL, "_"), byName));
        assertEquals(List.of("bob"), all(filter(ClientStatusFilter.ALL, "\\"), byName), "the escape character itself");
        assertEquals(1, clients.countMatching(filter(ClientStatusFilter.ALL, "n_1")));
    }

    @Test
    public void eachSortWorksBothWaysWithTiesByName() {
        storeSeven();
        ClientFilter every = filter(ClientStatusFilter.ALL, null);

        assertEquals(List.of("Carol", "alice", "bob", "dave", "erin_1", "erinx1", "frank"),
                all(every, new ClientSort(ClientSortField.NAME, false)));
        assertEquals(List.of("frank", "erinx1", "erin_1", "dave", "bob", "alice", "Carol"),
                all(every, new ClientSort(ClientSortField.NAME, true)));
        assertEquals(List.of("alice", "erin_1", "bob", "Carol", "dave", "frank", "erinx1"),
                all(every, new ClientSort(ClientSortField.CREATED_AT, false)));
        assertEquals(List.of("erinx1", "frank", "dave", "Carol", "bob", "alice", "erin_1"),
                all(every, new ClientSort(ClientSortField.CREATED_AT, true)));
        assertEquals(List.of("Carol", "frank", "bob", "dave", "alice", "erin_1", "erinx1"),
                all(every, new ClientSort(ClientSortField.EXPIRES, false)));
        assertEquals(List.of("erinx1", "erin_1", "alice", "bob", "dave", "frank", "Carol"),
                all(every, new ClientSort(ClientSortField.EXPIRES, true)));
        assertEquals(List.of("erinx1", "frank", "alice", "dave", "erin_1", "Carol", "bob"),
                all(every, new ClientSort(ClientSortField.USAGE, false)));
        assertEquals(List.of("bob", "Carol", "alice", "dave", "erin_1", "erinx1", "frank"),
                all(every, new ClientSort(ClientSortField.USAGE, true)));
        assertEquals(List.of("alice", "erinx1", "bob", "dave", "frank", "Carol", "erin_1"),
                all(every, new ClientSort(ClientSortField.STATUS, false)), "connected, enabled, disabled");
        assertEquals(List.of("Carol", "erin_1", "bob", "dave", "frank", "alice", "erinx1"),
                all(every, new ClientSort(ClientSortField.STATUS, true)));
    }

    @Test
    public void everySortAndFilterAgreesWithTheDomainsReferenceMeaning() {
        List<Client> seven = storeSeven();
        for (ClientStatusFilter status : ClientStatusFilter.values()) {
            for (String search : new String[] {null, "e", "0.0.0", "%"}) {
                ClientFilter filter = filter(status, search);
                for (ClientSortField field : ClientSortField.values()) {
                    for (boolean descending : new boolean[] {false, true}) {
                        ClientSort sort = new ClientSort(field, descending);
                        List<String> expected = seven.stream().filter(filter::matches).sorted(sort.comparator())
                                .map(c -> c.name().value()).toList();
                        assertEquals(expected, all(filter, sort), filter + " " + sort);
                        assertEquals(expected.size(), clients.countMatching(filter), filter.toString());
                    }
                }
            }
        }
    }

    @Test
    public void pagesCutTheSortedListWithoutGapsOrRepeats() {
        storeSeven();
        ClientFilter every = filter(ClientStatusFilter.ALL, null);
        ClientSort byUsage = new ClientSort(ClientSortField.USAGE, true);

        assertEquals(List.of("bob", "Carol", "alice"), names(every, byUsage, 0, 3));
        assertEquals(List.of("dave", "erin_1", "erinx1"), names(every, byUsage, 3, 3));
        assertEquals(List.of("frank"), names(every, byUsage, 6, 3));
        assertEquals(List.of(), names(every, byUsage, 9, 3));
        assertEquals(List.of("alice", "dave"), names(filter(ClientStatusFilter.ALL, "alice"), ClientSort.BY_NAME, 0, 2));
        assertEquals(7, clients.countMatching(every), "the total ignores the page");
    }

    @Test
    public void aPageHoldsWholeClients() {
        List<Client> seven = storeSeven();

        Client erin = clients.findPage(filter(ClientStatusFilter.ALL, "erin_1"), ClientSort.BY_NAME, 0, 1).get(0);

        assertSameClient(seven.get(4), erin);
    }
}
