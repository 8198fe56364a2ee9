package io.candypanel.adapter.wireguard;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Instant;
import java.util.List;

/** Fixed keys (made with wg genkey/pubkey/genpsk) so expected files can be written out in full. */
final class Fixtures {
    static final String SERVER_PRIVATE = "6LVf4Zlo/PMS6Nu++uPdDpuVuzYk/Zcv1EdZV/hu0nY=";
    static final String SERVER_PUBLIC = "DeR2Qol0FyXE0jRW3FGBzvs+8vyMgqVw3I4le8QCYT8=";

    static final String ALICE_PUBLIC = "0gQQ2q9unrY5c9cYsZeYr+i7jiPeHy5S9tG1taCdvmQ=";
    static final String ALICE_PSK = "nP8m6YS6WERlChgcewgRjdDwBT5Gzx3GizGZWTkokGk=";
    static final String BOB_PUBLIC = "Wt17+5Rraf+7Ii40nMHcvzM1dklUUtLpj2VRP7m0Zzw=";
    static final String BOB_PSK = "vH4RZ5M1RsDmDHh82UGLbWaDXBGKQG91cnxmYSY0J4k=";
    static final String CAROL_PUBLIC = "VHaSfu5uSTKd3uO6qDhqdEIgL4256AN9YrLMdZpekA4=";
    static final String CAROL_PSK = "3Yo0WCmZF2fB6eHWN3A/eJsHfRUuxo57TcMnBvQueMg=";

    /** Shared by every test client; it must never show up in a server config. */
    static final String CLIENT_PRIVATE = "oG0a0K63kCgznMIge0VBe1WsSrO2DNA9cPO7t96yy2M=";

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private Fixtures() {
    }

    static WgInterface wg0() {
        return WgInterface.create(InterfaceId.FIRST, new WgKeyPair(new WgKey(SERVER_PRIVATE), new WgKey(SERVER_PUBLIC)),
                new ListenPort(51820), Ipv4Cidr.parse("10.0.0.1/24"), Mtu.DEFAULT);
    }

    /** The wg0 fixture's keys, port and range under another id, for tests with several files. */
    static WgInterface wg0OnAnotherId(int id) {
        WgInterface wg0 = wg0();
        return WgInterface.create(new InterfaceId(id), wg0.keys(), wg0.listenPort(), wg0.addressRange(), wg0.mtu());
    }

    /** wg0 made dual-stack with {@code fd42:42:42::1/64}. */
    static WgInterface wg0DualStack() {
        WgInterface wg0 = wg0();
        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        return wg0;
    }

    /** The client with its IPv6 address on a dual-stack interface. */
    static Client withIpv6(Client client, String ipv6Address) {
        client.assignIpv6Address(Ipv6Address.parse(ipv6Address));
        return client;
    }

    /** alice, bob and carol of {@link #wg0DualStack()}: fd42:42:42::2, ::3, ::4. */
    static List<Client> threeDualStackPeers() {
        return List.of(withIpv6(alice(), "fd42:42:42::2"), withIpv6(bob(), "fd42:42:42::3"), withIpv6(carol(), "fd42:42:42::4"));
    }

    static Client alice() {
        return client("alice", ALICE_PUBLIC, ALICE_PSK, "10.0.0.2");
    }

    static Client bob() {
        return client("bob.mobile", BOB_PUBLIC, BOB_PSK, "10.0.0.3");
    }

    static Client carol() {
        return client("carol_laptop-2", CAROL_PUBLIC, CAROL_PSK, "10.0.0.4");
    }

    static List<Client> threePeers() {
        return List.of(alice(), bob(), carol());
    }

    static Client client(String name, String publicKey, String psk, String address) {
        return client(name, InterfaceId.FIRST, publicKey, psk, address);
    }

        static Client client(String name, InterfaceId interfaceId, String publicKey, String psk, String address) {
        WgKeyPair keys = new WgKeyPair(new WgKey(CLIENT_PRIVATE), new WgKey(publicKey));
        return Client.create(new ClientName(name), interfaceId, keys, new WgKey(psk), Ipv4Address.parse(address),
                NOW, NOW.plusSeconds(86_400), Quota.UNLIMITED, "");
    }
}
