package io.candypanel.application.fakes;

import static org.mockito.ArgumentMatchers.argThat;

import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.application.service.traffic.TrafficLedger;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the kernel side of service tests: an applier over the fakes, and kernel readings. */
public final class TestKernel {
    private TestKernel() {
    }

    public static TrafficLedger ledger(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                                       SettingsRepositoryPort settings, Clock clock) {
        return new TrafficLedger(unitOfWork, clients, interfaces, settings, clock);
    }

    /** A real KernelApplier with a real TrafficLedger over the given fakes. */
    public static KernelApplier applier(InterfaceRepositoryPort interfaces, ClientRepositoryPort clients,
                                        SettingsRepositoryPort settings, UnitOfWorkPort unitOfWork, WireGuardPort wireGuard,
                                        Clock clock) {
        return new KernelApplier(interfaces, clients, unitOfWork, wireGuard,
                ledger(unitOfWork, clients, interfaces, settings, clock), clock);
    }

    /** The peer of {@code client} as a correctly configured kernel shows it, with these counters and no handshake yet. */
    public static PeerReading peer(Client client, long rx, long tx) {
        return new PeerReading(client.keys().publicKey(), Optional.empty(), Optional.empty(), rx, tx,
                List.of(client.address() + "/32"), true);
    }

    public static PeerReading peer(Client client, long rx, long tx, Instant handshake, String endpoint) {
        return new PeerReading(client.keys().publicKey(), Optional.ofNullable(endpoint), Optional.ofNullable(handshake), rx, tx,
                List.of(client.address() + "/32"), true);
    }

    /** The interface running with its own key and port and exactly these peers. */
    public static InterfaceReading running(WgInterface wgInterface, PeerReading... peers) {
        return new InterfaceReading(wgInterface.name(), wgInterface.keys().publicKey(), wgInterface.listenPort().value(),
                Arrays.asList(peers));
    }

    /** The interface running with exactly these clients as peers, counters at zero. */
    public static InterfaceReading running(WgInterface wgInterface, List<Client> peers) {
        return running(wgInterface, peers.stream().map(c -> peer(c, 0, 0)).toArray(PeerReading[]::new));
    }

    public static KernelSnapshot snapshot(Instant at, InterfaceReading... readings) {
        Map<String, InterfaceReading> byName = new LinkedHashMap<>();
        for (InterfaceReading reading : readings) {
            byName.put(reading.name(), reading);
        }
        return new KernelSnapshot(at, byName);
    }

    /** Mockito matcher: an interface with the same stored state (repositories hand out copies). */
    public static WgInterface sameInterface(WgInterface expected) {
        return argThat(actual -> actual != null && actual.id().equals(expected.id()) && actual.keys().equals(expected.keys())
                && actual.listenPort().equals(expected.listenPort()) && actual.addressRange().equals(expected.addressRange())
                && actual.mtu().equals(expected.mtu()) && actual.isUp() == expected.isUp());
    }
}
