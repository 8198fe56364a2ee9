package io.candypanel.adapter.persistence;

import static io.candypanel.adapter.persistence.JdbcClientRepositoryIT.assertConstraintViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
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

    private static void assertSame(WgInterface expected, WgInterface actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.keys(), actual.keys());
        assertEquals(expected.listenPort(), actual.listenPort());
        assertEquals(expected.addressRange(), actual.addressRange());
        assertEquals(expected.mtu(), actual.mtu());
        assertEquals(expected.isUp(), actual.isUp());
    }
}
