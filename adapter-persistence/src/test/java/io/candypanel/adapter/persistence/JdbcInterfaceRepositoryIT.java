package io.candypanel.adapter.persistence;

import static io.candypanel.adapter.persistence.JdbcClientRepositoryIT.assertConstraintViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcInterfaceRepositoryIT {
    @TempDir
    Path temp;

    private Database database;
    private JdbcInterfaceRepository interfaces;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        interfaces = new JdbcInterfaceRepository(database, Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anInterfaceRoundTrips() {
        WgInterface wg0 = Fixtures.wg0();

        interfaces.insert(wg0);

        assertSame(wg0, interfaces.findById(InterfaceId.FIRST).orElseThrow());
        assertEquals(Fixtures.T0.toEpochMilli(), Fixtures.queryLong(database, "SELECT created_at FROM interfaces WHERE id = 0"));
    }

    @Test
    void anIpv6RangeIsStoredAsCanonicalTextAndAnIpv4OnlyInterfaceAsNull() {
        WgInterface wg0 = Fixtures.wg0();
        wg0.assignIpv6Range(Ipv6Cidr.parse("FD42:42:42:0:0:0:0:1/64"));

        interfaces.insert(wg0);
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/24"));

        assertEquals("fd42:42:42::1/64", Fixtures.queryString(database, "SELECT ipv6_address_range FROM interfaces WHERE id = 0"));
        assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM interfaces WHERE id = 1 AND ipv6_address_range IS NULL"));
        assertSame(wg0, interfaces.findById(InterfaceId.FIRST).orElseThrow());
        assertEquals(Optional.empty(), interfaces.findById(new InterfaceId(1)).orElseThrow().ipv6Range());
    }

    @Test
    void anIpv6RangeAssignedLaterIsWrittenByUpdate() {
        interfaces.insert(Fixtures.wg0());
        WgInterface wg0 = interfaces.findById(InterfaceId.FIRST).orElseThrow();

        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        interfaces.update(wg0);

        assertEquals("fd42:42:42::1/64", Fixtures.queryString(database, "SELECT ipv6_address_range FROM interfaces WHERE id = 0"));
        assertSame(wg0, interfaces.findById(InterfaceId.FIRST).orElseThrow());
    }

    @Test
    void aMissingInterfaceIsEmpty() {
        assertEquals(Optional.empty(), interfaces.findById(new InterfaceId(3)));
    }

    @Test
    void updateSavesPortRangeMtuAndState() {
        interfaces.insert(Fixtures.wg0());
        WgInterface changed = WgInterface.restore(InterfaceId.FIRST, Fixtures.wg0().keys(), new ListenPort(40000),
                Ipv4Cidr.parse("172.16.5.1/20"), new Mtu(1280), false);

        interfaces.update(changed);

        WgInterface stored = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        assertSame(changed, stored);
        assertFalse(stored.isUp());
    }

    @Test
    void updatingAMissingInterfaceThrowsNotFound() {
        assertThrows(InterfaceNotFoundException.class, () -> interfaces.update(Fixtures.wg0()));
    }

    @Test
    void findAllIsOrderedById() {
        interfaces.insert(Fixtures.wgInterface(10, 51830, "10.10.0.1/24"));
        interfaces.insert(Fixtures.wgInterface(2, 51822, "10.2.0.1/24"));
        interfaces.insert(Fixtures.wg0());

        assertEquals(List.of("wg0", "wg2", "wg10"), interfaces.findAll().stream().map(WgInterface::name).toList());
    }

    @Test
    void theDatabaseRejectsADuplicatePort() {
        interfaces.insert(Fixtures.wg0());

        assertConstraintViolation(assertThrows(PersistenceException.class,
                () -> interfaces.insert(Fixtures.wgInterface(1, 51820, "10.1.0.1/24"))));
        assertEquals(1, interfaces.findAll().size());
    }

    @Test
    void theDatabaseRejectsADuplicateId() {
        interfaces.insert(Fixtures.wg0());

        assertConstraintViolation(assertThrows(PersistenceException.class,
                () -> interfaces.insert(Fixtures.wgInterface(0, 51821, "10.1.0.1/24"))));
    }

    @Test
    void deleteRemovesTheInterfaceAndItsClientsAndNothingElse() {
        JdbcClientRepository clients = new JdbcClientRepository(database);
        seedTwoInterfacesWithClients(clients);

        interfaces.delete(InterfaceId.FIRST);

        assertEquals(Optional.empty(), interfaces.findById(InterfaceId.FIRST));
        assertEquals(List.of("wg1"), interfaces.findAll().stream().map(WgInterface::name).toList());
        assertEquals(List.of("dave"), clients.findAll().stream().map(c -> c.name().value()).toList());
        assertEquals(List.of(), clients.findOn(InterfaceId.FIRST));
        assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM clients WHERE interface_id = 0"));
    }

    @Test
    void deletingAMissingInterfaceThrowsNotFoundAndTouchesNothing() {
        JdbcClientRepository clients = new JdbcClientRepository(database);
        seedTwoInterfacesWithClients(clients);

        assertThrows(InterfaceNotFoundException.class, () -> interfaces.delete(new InterfaceId(7)));

        assertEquals(2, interfaces.findAll().size());
        assertEquals(3, clients.count());
    }

    @Test
    void aDeleteInsideATransactionIsUndoneWithIt() {
        JdbcClientRepository clients = new JdbcClientRepository(database);
        seedTwoInterfacesWithClients(clients);
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);

        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            interfaces.delete(InterfaceId.FIRST);
            assertEquals(1, clients.count());
            throw new IllegalStateException("the use case fails after the delete");
        }));

        assertEquals(2, interfaces.findAll().size());
        assertEquals(3, clients.count());
    }

    @Test
    void deleteRefusesAConnectionThatDoesNotEnforceForeignKeys() throws Exception {
        JdbcClientRepository clients = new JdbcClientRepository(database);
        seedTwoInterfacesWithClients(clients);
        // Every pooled connection: whichever one the delete gets would otherwise skip the cascade.
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < database.pool().getMaximumPoolSize(); i++) {
                Connection connection = database.pool().getConnection();
                all.add(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA foreign_keys = OFF");
                }
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }

        PersistenceException e = assertThrows(PersistenceException.class, () -> interfaces.delete(InterfaceId.FIRST));

        assertTrue(e.getMessage().contains("Foreign keys"), e.getMessage());
        assertEquals(2, interfaces.findAll().size());
        assertEquals(3, clients.count(), "no client was orphaned");
    }

    /** wg0 with alice and bob, wg1 with dave. */
    private void seedTwoInterfacesWithClients(JdbcClientRepository clients) {
        interfaces.insert(Fixtures.wg0());
        interfaces.insert(Fixtures.wgInterface(1, 51821, "10.1.0.1/24"));
        clients.insert(Fixtures.client("alice", 0));
        clients.insert(Fixtures.client("bob", 1));
        clients.insert(Fixtures.client("dave", 3, new InterfaceId(1), Ipv4Address.parse("10.1.0.2")));
    }

    private static void assertSame(WgInterface expected, WgInterface actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.keys(), actual.keys());
        assertEquals(expected.listenPort(), actual.listenPort());
        assertEquals(expected.addressRange(), actual.addressRange());
        assertEquals(expected.mtu(), actual.mtu());
        assertEquals(expected.isUp(), actual.isUp());
        assertEquals(expected.ipv6Range(), actual.ipv6Range());
    }
}
