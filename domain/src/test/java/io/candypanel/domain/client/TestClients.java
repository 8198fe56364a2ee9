package io.candypanel.domain.client;

import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.security.SecureRandom;
import java.time.Instant;

/** Real clients for domain tests. */
final class TestClients {
    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final Instant IN_30_DAYS = NOW.plusSeconds(30L * 24 * 3600);
    static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());

    private TestClients() {
    }

    static Client newClient(String name, Quota quota) {
        return newClient(name, quota, IN_30_DAYS);
    }

    static Client newClient(String name, Quota quota, Instant expiresAt) {
        WgKeyPair pair = KEYS.newKeyPair();
        WgKey psk = KEYS.newPresharedKey();
        return Client.create(new ClientName(name), InterfaceId.FIRST, pair, psk, Ipv4Address.parse("10.0.0.2"), NOW,
                expiresAt, quota, "");
    }
}
