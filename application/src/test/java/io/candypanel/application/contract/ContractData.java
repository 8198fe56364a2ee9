package io.candypanel.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;

/** Domain objects for the contracts. Keys are distinct fixed bytes; instants are whole milliseconds. */
final class ContractData {
    static final Instant T0 = Instant.ofEpochMilli(1_767_225_600_123L); // 2026-01-01T00:00:00.123Z

    private ContractData() {
    }

    /** A key whose 32 bytes encode (kind, seed): distinct for every pair of arguments. */
    static WgKey key(int kind, int seed) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        bytes.putInt(kind).putInt(seed).putLong(0x5eed_5eedL * (seed + 1)).putLong(kind * 31L + seed);
        return WgKey.ofBytes(bytes.array());
    }

    static WgKeyPair keyPair(int seed) {
        return new WgKeyPair(key(1, seed), key(2, seed));
    }

    static WgInterface wgInterface(int id, int port, String range) {
        return WgInterface.create(new InterfaceId(id), new WgKeyPair(key(10, id), key(11, id)), new ListenPort(port),
                Ipv4Cidr.parse(range), Mtu.DEFAULT);
    }

    /** wg0: 10.0.0.1/24 on 51820. */
    static WgInterface wg0() {
        return wgInterface(0, 51820, "10.0.0.1/24");
    }

    /** wg1: 10.1.0.1/24 on 51821. */
    static WgInterface wg1() {
        return wgInterface(1, 51821, "10.1.0.1/24");
    }

    /** A new client on wg0 at 10.0.0.(2 + seed), keys from {@code seed}. */
    static Client client(String name, int seed) {
        return client(name, seed, InterfaceId.FIRST, new Ipv4Address(Ipv4Address.parse("10.0.0.2").value() + seed));
    }

    static Client client(String name, int seed, InterfaceId interfaceId, Ipv4Address address) {
        return Client.create(new ClientName(name), interfaceId, keyPair(seed), key(3, seed), address, T0,
                T0.plus(Duration.ofDays(30)), new Quota(10L << 30), "note " + name);
    }

    /** {@code client} with the IPv6 address {@code ipv6} (e.g. {@code fd42:42:42::2}) assigned; returns it. */
    static Client dualStack(Client client, String ipv6) {
        client.assignIpv6Address(Ipv6Address.parse(ipv6));
        return client;
    }

    /** {@code wgInterface} with the IPv6 range {@code range} (e.g. {@code fd42:42:42::1/64}) assigned; returns it. */
    static WgInterface dualStack(WgInterface wgInterface, String range) {
        wgInterface.assignIpv6Range(Ipv6Cidr.parse(range));
        return wgInterface;
    }

    static void assertSameClient(Client expected, Client actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.interfaceId(), actual.interfaceId());
        assertEquals(expected.keys(), actual.keys());
        assertEquals(expected.presharedKey(), actual.presharedKey());
        assertEquals(expected.address(), actual.address());
        assertEquals(expected.createdAt(), actual.createdAt());
        assertEquals(expected.expiresAt(), actual.expiresAt());
        assertEquals(expected.quota(), actual.quota());
        assertEquals(expected.usage(), actual.usage());
        assertEquals(expected.lastCounters(), actual.lastCounters());
        assertEquals(expected.note(), actual.note());
        assertEquals(expected.isEnabled(), actual.isEnabled());
        assertEquals(expected.disabledReason(), actual.disabledReason());
        assertEquals(expected.lastHandshake(), actual.lastHandshake());
        assertEquals(expected.endpoint(), actual.endpoint());
        assertEquals(expected.isConnectedNow(), actual.isConnectedNow());
        assertEquals(expected.shareToken(), actual.shareToken());
        assertEquals(expected.ipv6Address(), actual.ipv6Address());
    }

    static void assertSameInterface(WgInterface expected, WgInterface actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.keys(), actual.keys());
        assertEquals(expected.listenPort(), actual.listenPort());
        assertEquals(expected.addressRange(), actual.addressRange());
        assertEquals(expected.mtu(), actual.mtu());
        assertEquals(expected.isUp(), actual.isUp());
        assertEquals(expected.ipv6Range(), actual.ipv6Range());
    }

    static void assertSameUser(BotUser expected, BotUser actual) {
        assertEquals(expected.telegramId(), actual.telegramId());
        assertEquals(expected.clientName(), actual.clientName());
        assertEquals(expected.trafficBoughtMib(), actual.trafficBoughtMib());
        assertEquals(expected.daysBought(), actual.daysBought());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.language(), actual.language());
        assertEquals(expected.createdAt(), actual.createdAt());
    }

    static void assertSameTransaction(Transaction expected, Transaction actual) {
        assertEquals(expected.orderId(), actual.orderId());
        assertEquals(expected.telegramId(), actual.telegramId());
        assertEquals(expected.purchase(), actual.purchase());
        assertEquals(expected.amount(), actual.amount());
        assertEquals(expected.cardText(), actual.cardText());
        assertEquals(expected.requestedAt(), actual.requestedAt());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.decidedAt(), actual.decidedAt());
        assertEquals(expected.adminNote(), actual.adminNote());
    }
}
