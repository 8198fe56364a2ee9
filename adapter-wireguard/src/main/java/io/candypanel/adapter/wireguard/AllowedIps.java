package io.candypanel.adapter.wireguard;

import io.candypanel.domain.client.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The routes a peer carries on the server: its IPv4 host route and, on a dual-stack interface, its
 * IPv6 host route ({@code 10.0.0.2/32}, {@code fd42:42:42::2/128}), IPv4 first. Every place that
 * writes a peer's allowed IPs (the config file, the stripped file for {@code wg syncconf}, the
 * one-peer {@code wg set}) takes them from here, so the file and the kernel never disagree on them.
 * A client without an IPv6 address gives exactly the one IPv4 route it always had.
 *
 * <p>The kernel keeps the order it was given ({@code wg set ... allowed-ips fd42:42:42::2/128,10.0.0.2/32}
 * is dumped in that order by wireguard-go): whoever compares a reading with these routes must compare
 * them as a set.
 */
final class AllowedIps {
    private AllowedIps() {
    }

    static List<String> of(Client peer) {
        Objects.requireNonNull(peer, "peer");
        List<String> routes = new ArrayList<>(2);
        routes.add(peer.address() + "/32");
        peer.ipv6Address().ifPresent(address -> routes.add(address + "/128"));
        return List.copyOf(routes);
    }

    /** The value of an {@code AllowedIPs} line in a config file: {@code 10.0.0.2/32, fd42:42:42::2/128}. */
    static String configValue(Client peer) {
        return String.join(", ", of(peer));
    }

    /** The argument of {@code wg set ... allowed-ips}: comma-separated, no spaces (it replaces the peer's routes). */
    static String wgSetArgument(Client peer) {
        return String.join(",", of(peer));
    }
}
