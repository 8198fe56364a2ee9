package io.candypanel.adapter.http;

import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Domain objects for HTTP tests; real objects, since the domain has no mocks. */
final class Samples {
    static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());
    static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
    static final Instant EXPIRES = Instant.parse("2026-12-01T00:00:00Z");

    private Samples() {
    }

    static Client client(String name) {
        return client(name, KEYS.newKeyPair(), KEYS.newPresharedKey(), new Ipv4Address(0x0a000002));
    }

    static Client client(String name, WgKeyPair keys, WgKey psk, Ipv4Address address) {
        return Client.create(new ClientName(name), InterfaceId.FIRST, keys, psk, address, CREATED, EXPIRES,
                new Quota(5_368_709_120L), "a note");
    }

    /** Disabled over quota, with usage, a handshake and an endpoint. */
    static Client busyClient(String name, WgKeyPair keys, WgKey psk) {
        return Client.restore(new ClientName(name), new InterfaceId(1), keys, psk, Ipv4Address.parse("10.1.0.7"),
                CREATED, EXPIRES, new Quota(1000), new Usage(700, 400), new KernelCounters(400, 700), "", false,
                DisabledReason.QUOTA, Instant.parse("2026-11-26T11:59:30Z"), "203.0.113.9:51820", false, null);
    }

    static WgInterface wgInterface(int id, WgKeyPair keys) {
        return WgInterface.restore(new InterfaceId(id), keys, new ListenPort(51820 + id),
                Ipv4Cidr.parse("10." + id + ".0.1/24"), Mtu.DEFAULT, id == 0);
    }

    /** No sync ran yet; the host receives 1.50 KB/s and sends 12.35 KB/s. */
    static Dashboard dashboard() {
        return dashboard(Optional.empty());
    }

    static Dashboard dashboard(Optional<SyncReport> lastSync) {
        long gib = 1024L * 1024 * 1024;
        return new Dashboard(12.5, 8 * gib, 5 * gib, 86_400, 3, 2, 1, "1", List.of("Welcome to CandyPanel"),
                123_456_789L, "kernel", "WireGuard is driven through the kernel module.", 1536.0, 12_645.5, lastSync);
    }

    /** A tick that disabled two clients, re-enabled one and hit one kernel failure. */
    static SyncReport syncReport() {
        return new SyncReport(Instant.parse("2026-11-26T11:55:00.250Z"), 42, 17, 5, 9_876_543_210L,
                List.of(new SyncReport.DisabledClient("alice", DisabledReason.QUOTA),
                        new SyncReport.DisabledClient("bob", DisabledReason.EXPIRED)),
                1, List.of("wg1: peer re-added (fixed)"), List.of("wg2: interface is down but should be up"));
    }
}
