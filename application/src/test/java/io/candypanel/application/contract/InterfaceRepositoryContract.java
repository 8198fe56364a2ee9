package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.assertSameInterface;
import static io.candypanel.application.contract.ContractData.client;
import static io.candypanel.application.contract.ContractData.dualStack;
import static io.candypanel.application.contract.ContractData.wg0;
import static io.candypanel.application.contract.ContractData.wg1;
import static io.candypanel.application.contract.ContractData.wgInterface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code InterfaceRepositoryPort}: every field round-trips; ids and listen ports are
 * unique; {@code findAll} is ordered by id; update and delete of a missing interface are
 * {@link InterfaceNotFoundException}; deleting an interface deletes its clients and nothing else, and
 * inside a transaction that rolls back, neither.
 *
 * <p>IPv6 (dual stack): an interface's IPv6 range is optional and round-trips; {@code update} stores a
 * range assigned after the insert, and a copy without one never clears the stored range; deleting a
 * dual-stack interface deletes its clients' IPv6 addresses with them.
 */
public abstract class InterfaceRepositoryContract extends StorageContract {
    private InterfaceRepositoryPort interfaces;

    @BeforeEach
    public final void repository() {
        interfaces = ports().interfaces();
    }

    @Test
    public void anInterfaceRoundTrips() {
        WgInterface wg0 = wg0();

        interfaces.insert(wg0);

        assertSameInterface(wg0, interfaces.findById(InterfaceId.FIRST).orElseThrow());
        assertEquals(Optional.empty(), interfaces.findById(new InterfaceId(5)));
    }

    @Test
    public void updateSavesPortRangeMtuAndState() {
        interfaces.insert(wg0());
        WgInterface stored = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        WgInterface changed = WgInterface.restore(stored.id(), stored.keys(), new ListenPort(51999),
                Ipv4Cidr.parse("10.0.0.1/16"), new Mtu(1380), false);

        interfaces.update(changed);

        assertSameInterface(changed, interfaces.findById(InterfaceId.FIRST).orElseThrow());
    }

    @Test
    public void aLoadedInterfaceIsACopyUntilItIsSaved() {
        interfaces.insert(wg0());

        interfaces.findById(InterfaceId.FIRST).orElseThrow().bringDown();

        assertEquals(wg0().isUp(), interfaces.findById(InterfaceId.FIRST).orElseThrow().isUp());
    }

    @Test
    public void updatingAMissingInterfaceThrowsNotFound() {
        assertThrows(InterfaceNotFoundException.class, () -> interfaces.update(wg0()));
        assertEquals(List.of(), interfaces.findAll());
    }

    @Test
    public void findAllIsOrderedById() {
        interfaces.insert(wgInterface(2, 51822, "10.2.0.1/24"));
        interfaces.insert(wg0());
        interfaces.insert(wg1());

        assertEquals(List.of(0, 1, 2), interfaces.findAll().stream().map(i -> i.id().value()).toList());
    }

    @Test
    public void idsAndPortsAreUnique() {
        interfaces.insert(wg0());

        assertThrows(RuntimeException.class, () -> interfaces.insert(wgInterface(1, 51820, "10.1.0.1/24")));
        assertThrows(RuntimeException.class, () -> interfaces.insert(wgInterface(0, 51830, "10.3.0.1/24")));
        interfaces.insert(wg1());
        WgInterface wg1 = interfaces.findById(new InterfaceId(1)).orElseThrow();
        wg1.changeListenPort(new ListenPort(51820));
        assertThrows(RuntimeException.class, () -> interfaces.update(wg1));

        assertEquals(List.of(51820, 51821), interfaces.findAll().stream().map(i -> i.listenPort().value()).toList());
    }

    @Test
    public void deleteRemovesTheInterfaceAndItsClientsAndNothingElse() {
        seedTwoInterfacesWithClients();

        interfaces.delete(InterfaceId.FIRST);

        assertEquals(List.of(1), interfaces.findAll().stream().map(i -> i.id().value()).toList());
        assertEquals(List.of("carol"), ports().clients().findAll().stream().map(c -> c.name().value()).toList());
        assertEquals(List.of(), ports().clients().findOn(InterfaceId.FIRST));
    }

    @Test
    public void deletingAMissingInterfaceThrowsNotFoundAndTouchesNothing() {
        seedTwoInterfacesWithClients();

        assertThrows(InterfaceNotFoundException.class, () -> interfaces.delete(new InterfaceId(7)));

        assertEquals(2, interfaces.findAll().size());
        assertEquals(3, ports().clients().count());
    }

    @Test
    public void aDeleteInsideARolledBackTransactionIsUndoneWithItsClients() {
        seedTwoInterfacesWithClients();

        assertThrows(IllegalStateException.class, () -> ports().unitOfWork().run(() -> {
            interfaces.delete(InterfaceId.FIRST);
            throw new IllegalStateException("rolled back");
        }));

        assertEquals(2, interfaces.findAll().size());
        assertEquals(3, ports().clients().count());
    }

    @Test
    public void aDualStackInterfaceRoundTripsWithItsIpv6Range() {
        WgInterface wg0 = dualStack(wg0(), "fd42:42:42::1/64");
        WgInterface wg1 = dualStack(wg1(), "2001:db8:ffff:ff00::ffff/120");
        WgInterface wg2 = wgInterface(2, 51822, "10.2.0.1/24");

        interfaces.insert(wg0);
        interfaces.insert(wg1);
        interfaces.insert(wg2);

        assertSameInterface(wg0, interfaces.findById(InterfaceId.FIRST).orElseThrow());
        assertEquals(Optional.of(Ipv6Cidr.parse("fd42:42:42::1/64")), interfaces.findById(InterfaceId.FIRST).orElseThrow().ipv6Range());
        assertSameInterface(wg1, interfaces.findById(new InterfaceId(1)).orElseThrow());
        assertEquals(List.of(wg0.ipv6Range(), wg1.ipv6Range(), Optional.empty()),
                interfaces.findAll().stream().map(WgInterface::ipv6Range).toList());
    }

    @Test
    public void anIpv6RangeAssignedAfterTheInsertIsSavedByUpdateAndAStaleCopyNeverClearsIt() {
        interfaces.insert(wg0());
        WgInterface stale = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        WgInterface fresh = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        fresh.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));

        interfaces.update(fresh);
        assertSameInterface(fresh, interfaces.findById(InterfaceId.FIRST).orElseThrow());

        stale.changeListenPort(new ListenPort(51999));
        interfaces.update(stale);
        WgInterface stored = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        assertEquals(new ListenPort(51999), stored.listenPort());
        assertEquals(Optional.of(Ipv6Cidr.parse("fd42:42:42::1/64")), stored.ipv6Range());
    }

    @Test
    public void deletingADualStackInterfaceFreesItsClientsIpv6Addresses() {
        interfaces.insert(dualStack(wg0(), "fd42:42:42::1/64"));
        ports().clients().insert(dualStack(client("alice", 0), "fd42:42:42::2"));

        interfaces.delete(InterfaceId.FIRST);
        interfaces.insert(dualStack(wg0(), "fd42:42:42::1/64"));
        ports().clients().insert(dualStack(client("bob", 1), "fd42:42:42::2"));

        assertEquals(List.of(Ipv6Address.parse("fd42:42:42::2")), ports().clients().ipv6AddressesOn(InterfaceId.FIRST));
        assertEquals(List.of("bob"), ports().clients().findAll().stream().map(c -> c.name().value()).toList());
    }

    private void seedTwoInterfacesWithClients() {
        interfaces.insert(wg0());
        interfaces.insert(wg1());
        for (Client c : List.of(client("alice", 0), client("bob", 1),
                client("carol", 2, new InterfaceId(1), Ipv4Address.parse("10.1.0.2")))) {
            ports().clients().insert(c);
        }
    }
}
