package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One interface with 1,000 peers on the real tools (userspace wireguard-go): every operation runs
 * a fixed number of processes, whatever the peer count, so its cost is the tools' own. The time
 * budget is only a sanity bound loose enough for a busy CI machine; the measured times are printed
 * for the record (idle 2-core host: up 0.6 s, dump 35 ms, syncconf 60 ms, set 25 ms, restart 1.3 s).
 */
class WgCliAdapterScaleIT {
    private static final int PEERS = 1000;
    private static final Duration BUDGET = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private NetnsLab lab;

    @BeforeEach
    void buildLab() {
        lab = NetnsLab.create();
    }

    @AfterEach
    void cleanUp() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void everyOperationOnAThousandPeersIsOneProcessAndFast() {
        WgKeyGenerator keys = new WgKeyGenerator(new SecureRandom());
        Ipv4Cidr range = Ipv4Cidr.parse("10.66.0.1/20");
        WgInterface server = WgInterface.create(new InterfaceId(lab.newServerInterfaceId()), keys.newKeyPair(),
                new ListenPort(51820), range, Mtu.DEFAULT);
        Instant now = Instant.now();
        List<Client> clients = new ArrayList<>();
        Ipv4Address address = range.serverAddress();
        for (int i = 0; i <= PEERS; i++) {
            address = address.next();
            clients.add(Client.create(new ClientName("client-" + i), server.id(), keys.newKeyPair(), keys.newPresharedKey(),
                    address, now, now.plus(Duration.ofDays(30)), Quota.UNLIMITED, ""));
        }
        List<Client> first = clients.subList(0, PEERS);
        List<Client> shifted = clients.subList(1, PEERS + 1); // one removed, one added
        WgCliAdapter adapter = new WgCliAdapter(new WireGuardConfig(temp.resolve("wireguard"), WireGuardConfig.Mode.KERNEL),
                lab.inServer, Clock.systemUTC(), () -> lab.serverVeth, new AtomicFileWriter(), WgCliAdapter.DEFAULT_GONE_TIMEOUT);

        KernelSnapshot[] read = new KernelSnapshot[1];
        // Processes per operation: the running check (wg show interfaces) plus the operation itself.
        time("wg-quick up", 2, () -> adapter.applyInterface(server, first));
        time("readAll (wg show all dump)", 1, () -> read[0] = adapter.readAll());
        time("applyInterface, 1 removed + 1 added (wg syncconf)", 2, () -> adapter.applyInterface(server, shifted));
        time("addPeer (wg set)", 2, () -> adapter.addPeer(server, clients.get(0), clients));
        time("removePeer (wg set ... remove)", 2, () -> adapter.removePeer(server, clients.get(0).keys().publicKey(), shifted));
        // down, then at least one check that it is gone (more while wireguard-go exits), then up.
        int restart = time("restartInterface (wg-quick down + up)", -1, () -> adapter.restartInterface(server, shifted));
        assertTrue(restart >= 4 && restart <= 4 + 200, restart + " processes");

        assertEquals(PEERS, read[0].interfaceNamed(server.name()).orElseThrow().peers().size());
        assertEquals(PEERS, adapter.readAll().interfaceNamed(server.name()).orElseThrow().peers().size());
    }

    /** Runs the operation, prints its time, checks the budget and (unless -1) the number of processes; returns that number. */
    private int time(String what, int expectedProcesses, Runnable operation) {
        int before = lab.inServer.issued().size();
        long started = System.nanoTime();
        operation.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        int processes = lab.inServer.issued().size() - before;
        System.out.printf("[scale] %d peers, %s: %d ms, %d process(es)%n", PEERS, what, millis, processes);
        assertTrue(millis < BUDGET.toMillis(), what + " took " + millis + " ms, over the budget of " + BUDGET);
        if (expectedProcesses >= 0) {
            assertEquals(expectedProcesses, processes, what + ": " + lab.inServer.issued().subList(before, before + processes));
        }
        return processes;
    }
}
