package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class JdbcClientRepositoryIT {
    private static final InterfaceId WG1 = new InterfaceId(1);

    @TempDir
    Path temp;

    private Database database;
    private JdbcClientRepository clients;
    private JdbcInterfaceRepository interfaces;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        clients = new JdbcClientRepository(database);
        interfaces = new JdbcInterfaceRepository(database, Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
        interfaces.insert(Fixtures.wg0());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewClientRoundTripsWithEveryField() {
        Client alice = Fixtures.client("alice", 0);

        clients.insert(alice);

        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
    }

    @Test
    void aClientWithEveryOptionalFieldSetRoundTrips() {
        Client bob = Client.restore(new ClientName("bob.example-1"), InterfaceId.FIRST, Fixtures.keyPair(7), Fixtures.key(3, 7),
                Ipv4Address.parse("10.0.0.200"), Fixtures.T0, Fixtures.T0.plusMillis(1), new Quota(Long.MAX_VALUE),
                new Usage(Long.MAX_VALUE - 1, 123_456_789_012L), new KernelCounters(Long.MAX_VALUE, 42),
                "ünïcode note, with 'quotes'", false, DisabledReason.BANNED, Fixtures.T0.minusMillis(999),
                "[2001:db8::1]:51820", true, "share-token-abc");

        clients.insert(bob);

        assertSameClient(bob, clients.findByName(bob.name()).orElseThrow());
    }

    @Test
    void updateSavesEveryMutableField() {
        Client alice = Fixtures.client("alice", 0);
        clients.insert(alice);

        alice.recordCounters(new KernelCounters(1_000, 5_000));
        alice.recordCounters(new KernelCounters(3_000, 9_000));
        alice.changeExpiry(Fixtures.T0.plus(Duration.ofDays(400)));
        alice.changeQuota(new Quota(1L << 40));
        alice.changeNote("renewed");
        alice.disable(DisabledReason.QUOTA);
        clients.update(alice);

        Client stored = clients.findByName(alice.name()).orElseThrow();
        assertSameClient(alice, stored);
        assertEquals(new Usage(9_000, 3_000), stored.usage());
        assertEquals(Optional.of(DisabledReason.QUOTA), stored.disabledReason());

        stored.enable(Fixtures.T0);
        clients.update(stored);
        Client enabled = clients.findByName(alice.name()).orElseThrow();
        assertTrue(enabled.isEnabled());
        assertEquals(Optional.empty(), enabled.disabledReason());
    }

    @Test
    void everyDisabledReasonIsStoredByItsWireName() {
        int seed = 0;
        for (DisabledReason reason : DisabledReason.values()) {
            Client client = Fixtures.client("c-" + reason.wireName(), seed++);
            client.disable(reason);
            clients.insert(client);

            assertEquals(Optional.of(reason), clients.findByName(client.name()).orElseThrow().disabledReason());
            assertEquals(reason.wireName(), Fixtures.queryString(database,
                    "SELECT disabled_reason FROM clients WHERE name = '" + client.name() + "'"));
        }
    }

    @Test
    void instantsAreStoredAsEpochMilliseconds() {
        clients.insert(Fixtures.client("alice", 0));

        assertEquals(Fixtures.T0.toEpochMilli(), Fixtures.queryLong(database, "SELECT created_at FROM clients"));
    }

    @Test
    void updatingAMissingClientThrowsNotFound() {
        assertThrows(ClientNotFoundException.class, () -> clients.update(Fixtures.client("ghost", 0)));
    }

    @Test
    void deleteRemovesTheClientAndToleratesAMissingOne() {
        Client alice = Fixtures.client("alice", 0);
        clients.insert(alice);

        clients.delete(alice.name());
        clients.delete(alice.name());

        assertEquals(Optional.empty(), clients.findByName(alice.name()));
        assertFalse(clients.existsByName(alice.name()));
        assertEquals(0, clients.count());
    }

    @Test
    void queriesByNameInterfaceAndState() {
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/24"));
        Client carol = Fixtures.client("carol", 2);
        Client alice = Fixtures.client("alice", 0);
        Client bob = Fixtures.client("bob", 1);
        bob.disable(DisabledReason.MANUAL);
        Client dave = Fixtures.client("dave", 3, WG1, Ipv4Address.parse("10.1.0.2"));
        for (Client client : List.of(carol, alice, bob, dave)) {
            clients.insert(client);
        }

        assertTrue(clients.existsByName(new ClientName("alice")));
        assertFalse(clients.existsByName(new ClientName("nobody")));
        assertEquals(4, clients.count());
        assertEquals(List.of("alice", "bob", "carol", "dave"), names(clients.findAll()));
        assertEquals(List.of("alice", "carol"), names(clients.findEnabledOn(InterfaceId.FIRST)));
        assertEquals(List.of("dave"), names(clients.findEnabledOn(WG1)));
        assertEquals(List.of(Ipv4Address.parse("10.0.0.2"), Ipv4Address.parse("10.0.0.3"), Ipv4Address.parse("10.0.0.4")),
                clients.addressesOn(InterfaceId.FIRST).stream().sorted().toList(), "disabled clients keep their address");
        assertEquals(List.of(), clients.addressesOn(new InterfaceId(9)));
    }

    @Test
    void theDatabaseRejectsADuplicateName() {
        clients.insert(Fixtures.client("alice", 0));

        PersistenceException e = assertThrows(PersistenceException.class, () -> clients.insert(Fixtures.client("alice", 1)));

        assertConstraintViolation(e);
        assertEquals(1, clients.count());
    }

    @Test
    void theDatabaseRejectsADuplicateAddressOnTheSameInterface() {
        clients.insert(Fixtures.client("alice", 0));

        PersistenceException e = assertThrows(PersistenceException.class, () ->
                clients.insert(Fixtures.client("bob", 1, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.2"))));

        assertConstraintViolation(e);
    }

    @Test
    void theSameAddressOnAnotherInterfaceIsFine() {
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.0.0.1/24"));
        clients.insert(Fixtures.client("alice", 0));

        clients.insert(Fixtures.client("bob", 1, WG1, Ipv4Address.parse("10.0.0.2")));

        assertEquals(2, clients.count());
    }

    @Test
    void theDatabaseRejectsADuplicatePublicKeyAndShareToken() {
        clients.insert(Fixtures.client("alice", 0));
        assertConstraintViolation(assertThrows(PersistenceException.class, () ->
                clients.insert(Fixtures.client("bob", 0, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.9")))));

        Client carol = withShareToken("carol", 5, "same-token");
        clients.insert(carol);
        assertConstraintViolation(assertThrows(PersistenceException.class, () -> clients.insert(withShareToken("dave", 6, "same-token"))));
    }

    @Test
    void findByShareTokenFindsOnlyTheClientWithThatExactToken() {
        Client carol = withShareToken("carol", 5, "carol-share-token-0123456789");
        clients.insert(carol);
        clients.insert(withShareToken("dave", 6, "dave-share-token-0123456789"));
        clients.insert(Fixtures.client("erin", 7)); // not shared: a NULL token

        assertSameClient(carol, clients.findByShareToken("carol-share-token-0123456789").orElseThrow());
        assertEquals(Optional.empty(), clients.findByShareToken("CAROL-share-token-0123456789"));
        assertEquals(Optional.empty(), clients.findByShareToken("carol-share-token"));
        assertEquals(Optional.empty(), clients.findByShareToken(""));
        assertThrows(NullPointerException.class, () -> clients.findByShareToken(null));
    }

    @Test
    void aRevokedShareTokenNoLongerFindsTheClient() {
        Client carol = withShareToken("carol", 5, "carol-share-token-0123456789");
        clients.insert(carol);

        carol.revokeShare();
        clients.update(carol);

        assertEquals(Optional.empty(), clients.findByShareToken("carol-share-token-0123456789"));
    }

    @Test
    void aClientNeedsAnExistingInterface() {
        assertConstraintViolation(assertThrows(PersistenceException.class, () ->
                clients.insert(Fixtures.client("orphan", 0, new InterfaceId(5), Ipv4Address.parse("10.5.0.2")))));
    }

    @Test
    void deletingAnInterfaceRowDeletesItsClients() {
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/24"));
        clients.insert(Fixtures.client("alice", 0));
        clients.insert(Fixtures.client("dave", 3, WG1, Ipv4Address.parse("10.1.0.2")));

        Fixtures.execute(database, "DELETE FROM interfaces WHERE id = 0");

        assertEquals(List.of("dave"), names(clients.findAll()));
    }

    @Test
    void anIpv6AddressIsStoredAsCanonicalTextAndAnIpv4OnlyClientAsNull() {
        Client alice = Fixtures.client("alice", 0);
        alice.assignIpv6Address(Ipv6Address.parse("FD42:0042:0042:0000:0000:0000:0000:0002"));
        clients.insert(alice);
        clients.insert(Fixtures.client("bob", 1));

        assertEquals("fd42:42:42::2", Fixtures.queryString(database, "SELECT ipv6_address FROM clients WHERE name = 'alice'"));
        assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM clients WHERE name = 'bob' AND ipv6_address IS NULL"));
        assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
        assertEquals(Optional.empty(), clients.findByName(new ClientName("bob")).orElseThrow().ipv6Address());
    }

    @Test
    void anIpv6AddressAssignedLaterIsWrittenByUpdate() {
        clients.insert(Fixtures.client("alice", 0));
        Client alice = clients.findByName(new ClientName("alice")).orElseThrow();

        alice.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        clients.update(alice);

        assertEquals("fd42:42:42::2", Fixtures.queryString(database, "SELECT ipv6_address FROM clients WHERE name = 'alice'"));
    }

    @Test
    void theDatabaseRejectsADuplicateIpv6AddressOnTheSameInterfaceAndWritesNothing() {
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/24"));
        clients.insert(withIpv6(Fixtures.client("alice", 0), "fd42:42:42::2"));

        assertConstraintViolation(assertThrows(PersistenceException.class,
                () -> clients.insert(withIpv6(Fixtures.client("bob", 1), "fd42:42:42::2"))));
        assertFalse(clients.existsByName(new ClientName("bob")));

        Client carol = Fixtures.client("carol", 2);
        clients.insert(carol);
        Client changed = clients.findByName(carol.name()).orElseThrow();
        changed.changeNote("half a write");
        changed.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        assertConstraintViolation(assertThrows(PersistenceException.class, () -> clients.update(changed)));
        assertSameClient(carol, clients.findByName(carol.name()).orElseThrow());

        clients.insert(withIpv6(Fixtures.client("dave", 3, WG1, Ipv4Address.parse("10.1.0.2")), "fd42:42:42::2"));
        for (int i = 4; i < 10; i++) {
            clients.insert(Fixtures.client("ipv4-only-" + i, i)); // NULLs never collide in the unique index
        }
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM clients WHERE interface_id = 0 AND ipv6_address = 'fd42:42:42::2'"));
        assertEquals(9, clients.count());
    }

    @Test
    void usagePerInterfaceSumsPastWhereSqliteSumFails() {
        for (int i = 0; i < 3; i++) {
            Client c = Fixtures.client("huge-" + i, i);
            clients.insert(Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(),
                    c.expiresAt(), c.quota(), new Usage(Long.MAX_VALUE, Long.MAX_VALUE - i), c.lastCounters(), c.note(),
                    c.isEnabled(), null, null, null, false, null));
        }

        PersistenceException plainSum = assertThrows(PersistenceException.class,
                () -> Fixtures.queryLong(database, "SELECT SUM(download_bytes) FROM clients GROUP BY interface_id"));
        assertTrue(plainSum.getMessage().contains("integer overflow"), plainSum.getMessage());
        assertEquals(Map.of(InterfaceId.FIRST, new Usage(Long.MAX_VALUE, Long.MAX_VALUE)), clients.usagePerInterface());
    }

    @Test
    void ipv6AddressesOnIsOneQueryAnsweredFromTheUniqueIndex() {
        clients.insert(withIpv6(Fixtures.client("alice", 0), "fd42:42:42::2"));
        clients.insert(withIpv6(Fixtures.client("bob", 1), "fd42:42:42::a"));
        clients.insert(Fixtures.client("carol", 2));

        assertEquals(List.of(Ipv6Address.parse("fd42:42:42::2"), Ipv6Address.parse("fd42:42:42::a")),
                clients.ipv6AddressesOn(InterfaceId.FIRST).stream().sorted().toList());
        assertEquals(List.of(), clients.ipv6AddressesOn(WG1));

        String plan = database.withConnection(connection -> {
            StringBuilder text = new StringBuilder();
            try (var statement = connection.prepareStatement(
                    "EXPLAIN QUERY PLAN SELECT ipv6_address FROM clients WHERE interface_id = ? AND ipv6_address IS NOT NULL");
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    text.append(rows.getString("detail")).append('\n');
                }
            }
            return text.toString();
        });
        assertTrue(plan.contains("COVERING INDEX ux_clients_interface_ipv6_address"), plan);
    }

    @Test
    void findAllReadsTenThousandClientsInOrder() {
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/16"));
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);
        Ipv4Address first = Ipv4Address.parse("10.1.0.2");
        int count = 10_000;
        unitOfWork.run(() -> {
            for (int i = 0; i < count; i++) {
                clients.insert(Fixtures.client(String.format("client-%05d", i), i, WG1, new Ipv4Address(first.value() + i)));
            }
        });

        // Speed is measured by the benchmarks module, never asserted in a test.
        List<Client> all = clients.findAll();

        assertEquals(count, all.size());
        assertEquals("client-00000", all.get(0).name().value());
        assertEquals("client-09999", all.get(count - 1).name().value());
        assertEquals(count, clients.findEnabledOn(WG1).size());
        assertEquals(count, clients.addressesOn(WG1).size());
    }

    @Test
    void findOnReturnsEveryClientOfTheInterfaceEnabledOrNotOrderedByAddress() {
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/24"));
        // As text 10.0.0.10 < 10.0.0.100 < 10.0.0.2 < 10.0.0.9; the port wants the numeric order.
        Client ten = Fixtures.client("ten", 10, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.10"));
        Client hundred = Fixtures.client("hundred", 100, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.100"));
        Client two = Fixtures.client("two", 2, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.2"));
        Client nine = Fixtures.client("nine", 9, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.9"));
        nine.disable(DisabledReason.BANNED);
        Client other = Fixtures.client("other", 50, WG1, Ipv4Address.parse("10.1.0.3"));
        for (Client client : List.of(ten, hundred, two, nine, other)) {
            clients.insert(client);
        }

        List<Client> onWg0 = clients.findOn(InterfaceId.FIRST);

        assertEquals(List.of("two", "nine", "ten", "hundred"), names(onWg0));
        assertSameClient(nine, onWg0.get(1));
        assertEquals(List.of("other"), names(clients.findOn(WG1)));
        assertEquals(List.of(), clients.findOn(new InterfaceId(9)));
    }

    @Test
    void updateAllSavesEveryMutableFieldOfManyClientsInBatches() {
        int count = 2 * Jdbc.BATCH_SIZE + 234; // two full batches and a partial one
        List<Client> stored = insertOnWg1(count);

        List<Client> changed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changed.add(changedCopy(stored.get(i), i));
        }
        clients.updateAll(changed);

        List<Client> reread = clients.findOn(WG1);
        assertEquals(count, reread.size());
        for (int i = 0; i < count; i++) {
            assertSameClient(changed.get(i), reread.get(i));
        }
        // Every variant of the optional columns was exercised.
        assertTrue(reread.stream().anyMatch(c -> c.lastHandshake().isEmpty()));
        assertTrue(reread.stream().anyMatch(c -> c.endpoint().isEmpty() && c.shareToken().isEmpty()));
        assertEquals(DisabledReason.values().length, reread.stream().map(Client::disabledReason)
                .flatMap(Optional::stream).distinct().count());
    }

    @Test
    void updateAllJoinsTheOuterTransaction() {
        List<Client> stored = insertOnWg1(Jdbc.BATCH_SIZE + 1);
        List<Client> changed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            changed.add(changedCopy(stored.get(i), i));
        }
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);

        IllegalStateException failure = new IllegalStateException("the use case fails after saving");
        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            clients.updateAll(changed);
            assertSameClient(changed.get(0), clients.findByName(changed.get(0).name()).orElseThrow());
            throw failure;
        }));

        assertUnchanged(stored);
    }

    @Test
    void updateAllWithAMissingClientInsideATransactionThrowsNotFoundAndAppliesNoneOfTheBatch() {
        List<Client> stored = insertOnWg1(Jdbc.BATCH_SIZE + 200);
        List<Client> changed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            changed.add(changedCopy(stored.get(i), i));
        }
        Client ghost = Fixtures.client("ghost", 99_999, WG1, Ipv4Address.parse("10.1.255.254"));
        changed.add(Jdbc.BATCH_SIZE + 100, ghost); // in the second batch: the first one has run by then
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);

        unitOfWork.run(() -> {
            clients.insert(Fixtures.client("kept", 88_888, WG1, Ipv4Address.parse("10.1.255.253")));
            ClientNotFoundException e = assertThrows(ClientNotFoundException.class, () -> clients.updateAll(changed));
            assertTrue(e.getMessage().contains("ghost"), e.getMessage());
            assertUnchanged(stored); // seen from inside the transaction, which goes on
        });

        assertUnchanged(stored);
        assertTrue(clients.existsByName(new ClientName("kept")), "the outer transaction's own work was committed");
    }

    @Test
    void updateAllWithAMissingClientOutsideATransactionAppliesNothing() {
        List<Client> stored = insertOnWg1(10);
        List<Client> changed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            changed.add(changedCopy(stored.get(i), i));
        }
        changed.add(Fixtures.client("ghost", 99_999, WG1, Ipv4Address.parse("10.1.255.254")));

        assertThrows(ClientNotFoundException.class, () -> clients.updateAll(changed));

        assertUnchanged(stored);
    }

    @Test
    void updateAllOfNothingDoesNothing() {
        clients.updateAll(List.of());

        assertEquals(0, clients.count());
    }

    /** {@code count} new clients on wg1 (a /16), inserted in one transaction, in address order. */
    private List<Client> insertOnWg1(int count) {
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/16"));
        Ipv4Address first = Ipv4Address.parse("10.1.0.2");
        List<Client> inserted = new ArrayList<>();
        new JdbcUnitOfWork(database).run(() -> {
            for (int i = 0; i < count; i++) {
                Client client = Fixtures.client(String.format("client-%05d", i), i, WG1, new Ipv4Address(first.value() + i));
                clients.insert(client);
                inserted.add(client);
            }
        });
        return inserted;
    }

    /** The same client with every mutable field changed; {@code i} varies the optional ones. */
    private static Client changedCopy(Client c, int i) {
        boolean enabled = i % 3 != 0;
        DisabledReason reason = enabled ? null : DisabledReason.values()[(i / 3) % DisabledReason.values().length];
        return Client.restore(c.name(), c.interfaceId(), c.keys(), c.presharedKey(), c.address(), c.createdAt(),
                c.expiresAt().plusMillis(1_000L + i), new Quota((5L << 30) + i), new Usage(1_000_000L * i + 7, 2_000L * i + 3),
                new KernelCounters(3_000L * i + 11, 4_000L * i + 13), "changed note " + i, enabled, reason,
                i % 4 == 0 ? null : Fixtures.T0.plusMillis(i), i % 5 == 0 ? null : "198.51.100." + (i % 250) + ":" + (1024 + i),
                i % 2 == 0, i % 7 == 0 ? null : "share-" + i);
    }

    private void assertUnchanged(List<Client> stored) {
        for (Client expected : stored) {
            assertSameClient(expected, clients.findByName(expected.name()).orElseThrow());
        }
    }

    private static Client withIpv6(Client client, String ipv6) {
        client.assignIpv6Address(Ipv6Address.parse(ipv6));
        return client;
    }

    private static Client withShareToken(String name, int seed, String token) {
        Client template = Fixtures.client(name, seed);
        return Client.restore(template.name(), template.interfaceId(), template.keys(), template.presharedKey(), template.address(),
                template.createdAt(), template.expiresAt(), template.quota(), template.usage(), template.lastCounters(),
                template.note(), true, null, null, null, false, token);
    }

    private static List<String> names(List<Client> list) {
        List<String> names = new ArrayList<>();
        for (Client client : list) {
            names.add(client.name().value());
        }
        return names;
    }

    static void assertConstraintViolation(PersistenceException e) {
        SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
        SQLiteErrorCode code = assertInstanceOf(SQLiteException.class, cause).getResultCode();
        assertTrue(code.name().startsWith("SQLITE_CONSTRAINT"), code.name());
    }

    static void assertSameClient(Client expected, Client actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.interfaceId(), actual.interfaceId());
        assertEquals(expected.keys(), actual.keys());
        assertEquals(expected.presharedKey(), actual.presharedKey());
        assertEquals(expected.address(), actual.address());
        assertEquals(expected.createdAt(), actual.createdAt());
        assertEquals(expected.expiresAt(), actual.expiresAt());
        assertEquals(expected.quota(), actual.quota());
        assertEquals(expected.usage(), actual.usage());
        assertEquals(expected.lastCounters(), actual.lastCounters());
        assertEquals(expected.note(), actual.note());
        assertEquals(expected.isEnabled(), actual.isEnabled());
        assertEquals(expected.disabledReason(), actual.disabledReason());
        assertEquals(expected.lastHandshake(), actual.lastHandshake());
        assertEquals(expected.endpoint(), actual.endpoint());
        assertEquals(expected.isConnectedNow(), actual.isConnectedNow());
        assertEquals(expected.shareToken(), actual.shareToken());
        assertEquals(expected.ipv6Address(), actual.ipv6Address());
    }
}
