package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.service.client.CreateClientService;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.application.service.traffic.TrafficLedger;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@link CreateClientService} on the real database: concurrent creates must all succeed
 * with distinct addresses, which only holds if transactions are serialised (the allocator reads the
 * taken addresses, then inserts).
 */
class CreateClientConcurrencyIT {
    private static final int CLIENTS = 100;

    @TempDir
    Path temp;

    private Database database;
    private JdbcClientRepository clients;
    private RecordingWireGuard wireGuard;
    private CreateClientService service;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        Clock clock = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);
        clients = new JdbcClientRepository(database);
        JdbcInterfaceRepository interfaces = new JdbcInterfaceRepository(database, clock);
        interfaces.insert(Fixtures.wg0()); // 10.0.0.1/24, port 51820
        wireGuard = new RecordingWireGuard();
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);
        JdbcSettingsRepository settings = new JdbcSettingsRepository(database);
        KernelApplier kernel = new KernelApplier(interfaces, clients, unitOfWork, wireGuard,
                new TrafficLedger(unitOfWork, clients, interfaces, settings, clock), clock);
        service = new CreateClientService(unitOfWork, clients, interfaces, settings, new WgKeyGenerator(new SecureRandom()), kernel, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void oneHundredConcurrentCreatesAllSucceedWithDistinctAddresses() throws Exception {
        List<CreatedClient> created = Collections.synchronizedList(new ArrayList<>());

        JdbcUnitOfWorkIT.runConcurrently(CLIENTS, thread -> created.add(service.create(new CreateClientCommand(
                new ClientName(String.format("client-%03d", thread)), Fixtures.T0.plus(Duration.ofDays(30)), Quota.UNLIMITED,
                InterfaceId.FIRST, "concurrent"))));

        assertEquals(CLIENTS, created.size());
        Set<Ipv4Address> addresses = new HashSet<>();
        for (CreatedClient result : created) {
            addresses.add(result.client().address());
            assertTrue(result.config().contains(result.client().address().toString()), "the config carries the address");
            assertTrue(result.kernel().applied(), result.kernel().message());
        }
        assertEquals(CLIENTS, addresses.size(), "every address is distinct");
        Set<Ipv4Address> expected = new TreeSet<>();
        for (int i = 0; i < CLIENTS; i++) {
            expected.add(new Ipv4Address(Ipv4Address.parse("10.0.0.2").value() + i));
        }
        assertEquals(expected, new TreeSet<>(addresses), "the lowest free addresses, with no gap");

        List<Client> stored = clients.findAll();
        assertEquals(CLIENTS, stored.size());
        assertEquals(addresses, new HashSet<>(stored.stream().map(Client::address).toList()));
        assertEquals(CLIENTS, wireGuard.lastPeerCount(), "the last apply carries every client");
    }

    /** Remembers what was applied; WireGuard itself is not the subject here. */
    private static final class RecordingWireGuard implements WireGuardPort {
        private final List<Integer> peerCounts = Collections.synchronizedList(new ArrayList<>());

        @Override
        public KernelStatus status() {
            return new KernelStatus(KernelStatus.Mode.CONFIG_ONLY, "test double");
        }

        @Override
        public void applyInterface(WgInterface wgInterface, List<Client> enabledPeers) {
            peerCounts.add(enabledPeers.size());
        }

        @Override
        public void addPeer(WgInterface wgInterface, Client peer, List<Client> enabledPeers) {
            peerCounts.add(enabledPeers.size());
        }

        @Override
        public void removePeer(WgInterface wgInterface, WgKey publicKey, List<Client> enabledPeers) {
            peerCounts.add(enabledPeers.size());
        }

        @Override
        public void restartInterface(WgInterface wgInterface, List<Client> enabledPeers) {
            peerCounts.add(enabledPeers.size());
        }

        @Override
        public void removeInterface(WgInterface wgInterface) {
        }

        @Override
        public KernelSnapshot readAll() {
            return KernelSnapshot.empty(Fixtures.T0);
        }

        int lastPeerCount() {
            synchronized (peerCounts) {
                return peerCounts.get(peerCounts.size() - 1);
            }
        }
    }
}
