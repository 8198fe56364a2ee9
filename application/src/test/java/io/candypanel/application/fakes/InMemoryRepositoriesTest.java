package io.candypanel.application.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fakes behave like the tables they stand for, or the service tests prove nothing. */
class InMemoryRepositoriesTest {
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);

    @BeforeEach
    void setUp() {
        interfaces.insert(TestData.wgInterface(0, "10.0.0.1/24", 51820));
        interfaces.insert(TestData.wgInterface(1, "10.1.0.1/24", 51821));
        clients.insert(TestData.enabledClient("zed", 0, "10.0.0.10"));
        clients.insert(TestData.enabledClient("amy", 0, "10.0.0.9"));
        clients.insert(TestData.disabledClient("bea", 0, "10.0.0.2", DisabledReason.MANUAL));
        clients.insert(TestData.enabledClient("cid", 1, "10.1.0.2"));
    }

    @Test
    void findOnReturnsEveryClientOfTheInterfaceInNumericAddressOrder() {
        assertEquals(List.of("bea", "amy", "zed"), clients.findOn(InterfaceId.FIRST).stream().map(c -> c.name().value()).toList());
        assertEquals(List.of("amy", "zed"), clients.findEnabledOn(InterfaceId.FIRST).stream().map(c -> c.name().value()).toList());
    }

    @Test
    void updateAllStoresCopiesOfEveryClientGiven() {
        Client amy = clients.stored("amy").orElseThrow();
        Client cid = clients.stored("cid").orElseThrow();
        amy.recordCounters(new KernelCounters(10, 20));
        cid.disable(DisabledReason.QUOTA);

        clients.updateAll(List.of(amy, cid));
        amy.recordCounters(new KernelCounters(1000, 2000));   // a later change the caller never saves

        assertEquals(new Usage(20, 10), clients.stored("amy").orElseThrow().usage());
        assertFalse(clients.stored("cid").orElseThrow().isEnabled());
        assertEquals(List.of(List.of("amy", "cid")), clients.updateAllCalls());
        assertEquals(2, clients.clientsPassedToUpdateAll());
    }

    @Test
    void updateAllIsAllOrNothing() {
        Client amy = clients.stored("amy").orElseThrow();
        amy.disable(DisabledReason.MANUAL);
        Client ghost = TestData.enabledClient("ghost", 0, "10.0.0.77");

        assertThrows(ClientNotFoundException.class, () -> clients.updateAll(List.of(amy, ghost)));

        assertTrue(clients.stored("amy").orElseThrow().isEnabled());
        assertFalse(clients.existsByName(ghost.name()));
        assertEquals(List.of(), clients.updateAllCalls());
    }

    @Test
    void interfacesAreCopiesAndAChangeIsStoredOnlyByUpdate() {
        WgInterface loaded = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        loaded.changeListenPort(new ListenPort(443));
        loaded.bringDown();
        assertEquals(new ListenPort(51820), interfaces.findById(InterfaceId.FIRST).orElseThrow().listenPort());
        assertTrue(interfaces.findById(InterfaceId.FIRST).orElseThrow().isUp());

        interfaces.update(loaded);
        assertEquals(new ListenPort(443), interfaces.findById(InterfaceId.FIRST).orElseThrow().listenPort());
        assertFalse(interfaces.findById(InterfaceId.FIRST).orElseThrow().isUp());
    }

    @Test
    void deletingAnInterfaceDeletesItsClientsToo() {
        interfaces.delete(InterfaceId.FIRST);

        assertEquals(List.of(new InterfaceId(1)), interfaces.findAll().stream().map(WgInterface::id).toList());
        assertEquals(List.of(), clients.findOn(InterfaceId.FIRST));
        assertEquals(1, clients.count());
        assertTrue(clients.stored("cid").isPresent());
    }

    @Test
    void deletingOrUpdatingAnUnknownInterfaceFails() {
        assertThrows(InterfaceNotFoundException.class, () -> interfaces.delete(new InterfaceId(9)));
        WgInterface ghost = WgInterface.restore(new InterfaceId(9), TestData.KEYS.newKeyPair(), new ListenPort(9999),
                Ipv4Cidr.parse("10.9.0.1/24"), Mtu.DEFAULT, true);
        assertThrows(InterfaceNotFoundException.class, () -> interfaces.update(ghost));
        assertEquals(4, clients.count());
    }

    @Test
    void aPortStaysUniqueOnUpdate() {
        WgInterface wg1 = interfaces.findById(new InterfaceId(1)).orElseThrow();
        wg1.changeListenPort(new ListenPort(51820));
        assertThrows(IllegalStateException.class, () -> interfaces.update(wg1));
        assertEquals(new ListenPort(51821), interfaces.findById(new InterfaceId(1)).orElseThrow().listenPort());
    }
}
