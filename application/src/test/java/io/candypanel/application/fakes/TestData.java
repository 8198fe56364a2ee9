package io.candypanel.application.fakes;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/** Real domain objects for service tests. */
public final class TestData {
    public static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    public static final Instant IN_30_DAYS = NOW.plus(Duration.ofDays(30));
    public static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());

    private TestData() {
    }

    public static WgInterface wgInterface(int id, String range, int port) {
        return WgInterface.create(new InterfaceId(id), KEYS.newKeyPair(), new ListenPort(port), Ipv4Cidr.parse(range),
                Mtu.DEFAULT);
    }

    /** A stored client in any state, built the way a repository rebuilds one. */
    public static Client client(String name, int interfaceId, String address, Instant expiresAt, Quota quota, Usage usage,
                                boolean enabled, DisabledReason reason, boolean connected) {
        return Client.restore(new ClientName(name), new InterfaceId(interfaceId), KEYS.newKeyPair(), KEYS.newPresharedKey(),
                Ipv4Address.parse(address), NOW.minus(Duration.ofDays(1)), expiresAt, quota, usage,
                new KernelCounters(usage.upload(), usage.download()), "", enabled, reason, null, null, connected, null);
    }

    public static Client enabledClient(String name, int interfaceId, String address) {
        return client(name, interfaceId, address, IN_30_DAYS, Quota.UNLIMITED, Usage.NONE, true, null, false);
    }

    public static Client disabledClient(String name, int interfaceId, String address, DisabledReason reason) {
        return client(name, interfaceId, address, IN_30_DAYS, Quota.UNLIMITED, Usage.NONE, false, reason, false);
    }
}
