package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.wireguard.CommandRunner.Command;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter against the real wg, wg-quick and wireguard-go (userspace fallback: this host has no
 * kernel module) in two fresh network namespaces joined by a veth pair. The adapter's commands run
 * in the server namespace through {@link NamespacedCommandRunner}; a client in the other namespace
 * sends real traffic through the tunnel. {@link NetnsLab#close()} removes every namespace, link
 * and wireguard-go process, and fails the test if anything is left.
 */
class WgCliAdapterIT {
    private static final WgKeyGenerator KEYS = new WgKeyGenerator(new SecureRandom());
    private static final Instant NOW = Instant.now();
    private static final int PORT = 51820;
    private static final Ipv4Cidr RANGE = Ipv4Cidr.parse("10.66.0.1/24");
    private static final Ipv6Cidr IPV6_RANGE = Ipv6Cidr.parse("fd42:42:42::1/64");
    private static final String IPV6_NETWORK = "fd42:42:42::/64";

    @TempDir
    Path temp;

    private NetnsLab lab;
    private Path configDirectory;
    private WgCliAdapter adapter;
    private WgInterface server;
    private Client alice;
    private Client bob;

    @BeforeEach
    void buildLab() {
        lab = NetnsLab.create();
        configDirectory = temp.resolve("wireguard");
        adapter = new WgCliAdapter(new WireGuardConfig(configDirectory, WireGuardConfig.Mode.KERNEL), lab.inServer,
                Clock.systemUTC(), () -> lab.serverVeth, new AtomicFileWriter(), WgCliAdapter.DEFAULT_GONE_TIMEOUT);
        server = newInterface(lab.newServerInterfaceId(), RANGE, PORT);
        alice = newClient("alice", server, "10.66.0.2");
        bob = newClient("bob", server, "10.66.0.3");
    }

    @AfterEach
    void cleanUpAndCheckNothingIsLeft() throws IOException {
        if (lab == null) {
            return; // NetnsLab.create() failed and already removed what it had made
        }
        try {
            for (List<String> argv : lab.inServer.issued()) {
                assertFalse(argv.contains("setconf"), "the adapter ran " + argv);
                for (String argument : argv) {
                    for (String secret : secretsOf(server, alice, bob)) {
                        assertFalse(argument.contains(secret), "key material in the arguments of " + argv);
                    }
                }
            }
            if (Files.isDirectory(configDirectory)) {
                try (Stream<Path> files = Files.list(configDirectory)) {
                    List<Path> temporary = files.filter(f -> !f.getFileName().toString().endsWith(".conf")).toList();
                    assertEquals(List.of(), temporary, "no temporary file is left in the config directory");
                }
            }
        } finally {
            lab.close();
        }
    }

    @Test
    void applyBringsTheInterfaceUpAndReadAllShowsItWithItsPortAndPeers() throws IOException {
        adapter.applyInterface(server, List.of(alice, bob));

        KernelSnapshot snapshot = adapter.readAll();
        InterfaceReading reading = snapshot.interfaceNamed(server.name()).orElseThrow();
        assertEquals(PORT, reading.listenPort());
        assertEquals(server.keys().publicKey(), reading.publicKey());
        assertEquals(Set.of(alice.keys().publicKey(), bob.keys().publicKey()), reading.peersByKey().keySet());
        PeerReading bobPeer = reading.peer(bob.keys().publicKey()).orElseThrow();
        assertEquals(List.of("10.66.0.3/32"), bobPeer.allowedIps());
        assertTrue(bobPeer.hasPresharedKey());
        assertEquals(Optional.empty(), bobPeer.latestHandshake());
        assertEquals(KernelStatus.Mode.KERNEL, adapter.status().mode());

        Path file = configDirectory.resolve(server.name() + ".conf");
        assertEquals(new ServerConfigRenderer(lab.serverVeth).render(server, List.of(alice, bob)), Files.readString(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        // wg-quick did the rest of the file inside the namespace: address, PostUp's forwarding and NAT.
        assertTrue(lab.ip("-n", lab.serverNamespace, "-4", "addr", "show", "dev", server.name()).stdout().contains("inet 10.66.0.1/24"));
        assertEquals("1", lab.inServer.run(Command.of("sysctl", "-n", "net.ipv4.ip_forward")).stdout().strip());
        assertTrue(lab.inServer.run(Command.of("iptables", "-t", "nat", "-S", "POSTROUTING")).stdout()
                .contains("-A POSTROUTING -s 10.66.0.0/24 -o " + lab.serverVeth + " -j MASQUERADE"));
    }

    @Test
    void addPeerAndRemovePeerChangeTheRunningInterface() throws IOException {
        adapter.applyInterface(server, List.of(alice));

        adapter.addPeer(server, bob, List.of(alice, bob));

        PeerReading added = peers().peer(bob.keys().publicKey()).orElseThrow();
        assertEquals(List.of("10.66.0.3/32"), added.allowedIps());
        assertTrue(added.hasPresharedKey());
        assertTrue(configFile().contains(bob.keys().publicKey().base64()));

        adapter.removePeer(server, bob.keys().publicKey(), List.of(alice));

        assertEquals(Optional.empty(), peers().peer(bob.keys().publicKey()));
        assertTrue(peers().peer(alice.keys().publicKey()).isPresent());
        assertFalse(configFile().contains(bob.keys().publicKey().base64()));
        adapter.removePeer(server, bob.keys().publicKey(), List.of(alice)); // already gone: still fine
    }

    @Test
    void addPeerBringsAStoppedInterfaceUpWithEveryPeer() {
        adapter.addPeer(server, bob, List.of(alice, bob));

        assertEquals(2, peers().peers().size());
    }

    /**
     * Real traffic through the tunnel: syncconf of a changed peer set keeps alice's counters,
     * endpoint and session (no new handshake, ping works at once); a restart zeroes them.
     */
    @Test
    void applyKeepsTheCountersOfUnchangedPeersAndRestartResetsThem() {
        adapter.applyInterface(server, List.of(alice));
        String clientInterface = lab.startClient(clientConfig(alice), "10.66.0.2", RANGE.networkNotation());
        ping();
        PeerReading before = peers().peer(alice.keys().publicKey()).orElseThrow();
        assertTrue(before.receivedBytes() > 0 && before.sentBytes() > 0, before.toString());
        assertTrue(before.latestHandshake().isPresent());
        assertEquals(Optional.of(NetnsLab.CLIENT_VETH_ADDRESS), before.endpoint().map(e -> e.substring(0, e.indexOf(':'))));
        assertTrue(adapter.readAll().interfaceNamed(clientInterface).isPresent(), "interfaces the panel does not own are listed too");

        adapter.applyInterface(server, List.of(alice, bob));

        InterfaceReading afterApply = peers();
        PeerReading kept = afterApply.peer(alice.keys().publicKey()).orElseThrow();
        assertTrue(kept.receivedBytes() >= before.receivedBytes(), kept + " vs " + before);
        assertTrue(kept.sentBytes() >= before.sentBytes(), kept + " vs " + before);
        assertEquals(before.latestHandshake(), kept.latestHandshake(), "the session survived");
        assertEquals(before.endpoint(), kept.endpoint());
        assertTrue(afterApply.peer(bob.keys().publicKey()).isPresent());
        ping();

        PeerReading beforeRestart = peers().peer(alice.keys().publicKey()).orElseThrow();
        adapter.restartInterface(server, List.of(alice, bob));

        PeerReading restarted = peers().peer(alice.keys().publicKey()).orElseThrow();
        assertTrue(restarted.receivedBytes() < beforeRestart.receivedBytes(), restarted + " vs " + beforeRestart);
        assertTrue(restarted.sentBytes() < beforeRestart.sentBytes(), restarted + " vs " + beforeRestart);
    }

    @Test
    void applyWithTheInterfaceDownStopsItAndUpStartsItAgain() throws IOException {
        adapter.applyInterface(server, List.of(alice));
        WgInterface stopped = WgInterface.restore(server.id(), server.keys(), server.listenPort(), server.addressRange(),
                server.mtu(), false);

        adapter.applyInterface(stopped, List.of(alice, bob));

        assertEquals(Optional.empty(), adapter.readAll().interfaceNamed(server.name()));
        assertNotEquals(0, lab.inServerAllowingFailure("ip", "link", "show", server.name()).exitCode());
        assertFalse(lab.inServer.run(Command.of("iptables", "-t", "nat", "-S", "POSTROUTING")).stdout().contains("MASQUERADE"),
                "PostDown removed the NAT rule");
        assertTrue(configFile().contains(bob.keys().publicKey().base64()), "the file is kept and up to date");

        adapter.applyInterface(server, List.of(alice, bob));

        assertEquals(2, peers().peers().size());
    }

    @Test
    void removeInterfaceStopsItAndDeletesItsFile() {
        adapter.applyInterface(server, List.of(alice));

        adapter.removeInterface(server);

        assertEquals(Optional.empty(), adapter.readAll().interfaceNamed(server.name()));
        assertFalse(Files.exists(configDirectory.resolve(server.name() + ".conf")));
        assertNotEquals(0, lab.inServerAllowingFailure("ip", "link", "show", server.name()).exitCode());
        adapter.removeInterface(server); // nothing left to remove: still fine
    }

    /** A change of address range cannot be synced: apply restarts the interface, and PostDown removes the old NAT rule. */
    @Test
    void applyOfANewRangeRestartsTheInterfaceWithCleanRules() {
        adapter.applyInterface(server, List.of(alice));
        WgInterface moved = WgInterface.restore(server.id(), server.keys(), server.listenPort(), Ipv4Cidr.parse("10.66.0.1/16"),
                new Mtu(1380), true);

        adapter.applyInterface(moved, List.of(alice));

        String nat = lab.inServer.run(Command.of("iptables", "-t", "nat", "-S", "POSTROUTING")).stdout();
        assertTrue(nat.contains("-s 10.66.0.0/16 "), nat);
        assertFalse(nat.contains("-s 10.66.0.0/24 "), nat);
        assertTrue(lab.ip("-n", lab.serverNamespace, "link", "show", server.name()).stdout().contains("mtu 1380"));
    }

    @Test
    void aSecondInterfaceOnATakenPortFailsWithTheToolsMessage() {
        adapter.applyInterface(server, List.of(alice));
        WgInterface rival = newInterface(lab.newServerInterfaceId(), Ipv4Cidr.parse("10.67.0.1/24"), PORT);

        KernelOperationException e = assertThrows(KernelOperationException.class, () -> adapter.applyInterface(rival, List.of()));

        // The test's runner prefixes `ip netns exec NS`; the adapter's own command follows.
        String command = "`ip netns exec " + lab.serverNamespace + " wg-quick up " + configDirectory.resolve(rival.name() + ".conf") + "`";
        assertTrue(e.getMessage().startsWith(command + " failed with exit code 1: "), e.getMessage());
        assertTrue(e.getMessage().contains("Address already in use"), e.getMessage());
        assertFalse(e.getMessage().contains(rival.keys().privateKey().base64()));
        assertEquals(Optional.empty(), adapter.readAll().interfaceNamed(rival.name()), "wg-quick removed the half-made interface");
        assertTrue(adapter.readAll().interfaceNamed(server.name()).isPresent());
    }

    /** A file with an invalid key, written by hand: wg-quick's own complaint reaches the admin, the key does not. */
    @Test
    void wgQuickOnAHandWrittenFileWithABadKeyFailsWithItsStderr() throws IOException {
        String badKey = "A".repeat(47) + "=";
        Path file = Files.createDirectories(configDirectory).resolve(server.name() + ".conf");
        new AtomicFileWriter().write(file, "[Interface]\nPrivateKey = " + badKey + "\nListenPort = " + PORT + "\n");

        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> lab.inServer.run(Command.of("wg-quick", "up", file.toString())));

        assertEquals("`ip netns exec " + lab.serverNamespace + " wg-quick up " + file + "` failed with exit code 1: "
                + "Key is not the correct length or format: `***' | Configuration parsing error", e.getMessage());
        assertFalse(e.getMessage().contains(badKey.substring(0, 40)));
        assertEquals(Optional.empty(), adapter.readAll().interfaceNamed(server.name()));
    }

    /**
     * Dual stack against the real tools: wg-quick gives the interface both addresses and runs the
     * ip6tables twins of the IPv4 rules, the kernel holds both host routes of every peer, a client
     * pings the server's IPv6 tunnel address, the peer's counters grow by that IPv6 traffic, and
     * PostDown removes the ip6tables rules again.
     */
    @Test
    void aDualStackInterfaceCarriesIpv6TrafficAndItsRulesComeAndGoWithIt() {
        WgInterface dualStack = dualStack(server);
        Client alice6 = withIpv6(alice, "fd42:42:42::2");
        Client bob6 = withIpv6(bob, "fd42:42:42::3");

        adapter.applyInterface(dualStack, List.of(alice6, bob6));

        InterfaceReading reading = peers();
        assertEquals(Set.of("10.66.0.2/32", "fd42:42:42::2/128"), Set.copyOf(reading.peer(alice.keys().publicKey()).orElseThrow().allowedIps()));
        assertEquals(Set.of("10.66.0.3/32", "fd42:42:42::3/128"), Set.copyOf(reading.peer(bob.keys().publicKey()).orElseThrow().allowedIps()));
        String addresses = lab.ip("-n", lab.serverNamespace, "addr", "show", "dev", server.name()).stdout();
        assertTrue(addresses.contains("inet 10.66.0.1/24") && addresses.contains("inet6 fd42:42:42::1/64"), addresses);
        assertEquals("1", lab.inServer.run(Command.of("sysctl", "-n", "net.ipv6.conf.all.forwarding")).stdout().strip());
        assertTrue(ip6tables("-t", "nat", "-S", "POSTROUTING")
                .contains("-A POSTROUTING -s " + IPV6_NETWORK + " -o " + lab.serverVeth + " -j MASQUERADE"));
        String forward = ip6tables("-S", "FORWARD");
        assertTrue(forward.contains("-A FORWARD -i " + server.name() + " -j ACCEPT")
                && forward.contains("-A FORWARD -o " + server.name() + " -j ACCEPT"), forward);

        lab.startClient(clientConfig(alice, true), "10.66.0.2", RANGE.networkNotation(), "fd42:42:42::2", IPV6_NETWORK);
        ping6();
        PeerReading afterFirst = peers().peer(alice.keys().publicKey()).orElseThrow();
        assertTrue(afterFirst.latestHandshake().isPresent(), afterFirst.toString());
        lab.inClient.run(Command.of("ping", "-6", "-c", "10", "-i", "0.2", "-W", "2", "-q", "-s", "1000", "fd42:42:42::1"));
        PeerReading afterBig = peers().peer(alice.keys().publicKey()).orElseThrow();
        assertTrue(afterBig.receivedBytes() - afterFirst.receivedBytes() >= 10 * 1000, afterFirst + " -> " + afterBig);
        assertTrue(afterBig.sentBytes() - afterFirst.sentBytes() >= 10 * 1000, afterFirst + " -> " + afterBig);
        ping(); // IPv4 still works on the same tunnel

        WgInterface stopped = WgInterface.restore(server.id(), server.keys(), server.listenPort(), server.addressRange(),
                server.mtu(), false);
        stopped.assignIpv6Range(IPV6_RANGE);
        adapter.applyInterface(stopped, List.of(alice6, bob6));

        assertEquals(Optional.empty(), adapter.readAll().interfaceNamed(server.name()));
        assertFalse(ip6tables("-t", "nat", "-S", "POSTROUTING").contains("MASQUERADE"), "PostDown removed the IPv6 NAT rule");
        assertFalse(ip6tables("-S", "FORWARD").contains(server.name()), "PostDown removed the IPv6 forwarding rules");
    }

    /**
     * What the reconciler relies on: a peer that lost its IPv6 route behind the panel's back (here
     * with wg set) gets it back from applyInterface (wg syncconf, which keeps the peer's session and
     * counters) and from the one-peer path (wg set replaces the peer's allowed IPs).
     */
    @Test
    void applyAndAddPeerGiveBackAnIpv6RouteThePeerLost() {
        WgInterface dualStack = dualStack(server);
        Client alice6 = withIpv6(alice, "fd42:42:42::2");
        adapter.applyInterface(dualStack, List.of(alice6));
        lab.startClient(clientConfig(alice, true), "10.66.0.2", RANGE.networkNotation(), "fd42:42:42::2", IPV6_NETWORK);
        ping6();

        loseIpv6Route();
        PeerReading broken = peers().peer(alice.keys().publicKey()).orElseThrow();
        assertEquals(List.of("10.66.0.2/32"), broken.allowedIps());
        assertNotEquals(0, lab.inClient.run(Command.of("ping", "-6", "-c", "1", "-W", "1", "-q", "fd42:42:42::1")
                .allowingFailure()).exitCode(), "without its IPv6 route the server drops the client's IPv6 packets");

        adapter.applyInterface(dualStack, List.of(alice6));

        PeerReading fixed = peers().peer(alice.keys().publicKey()).orElseThrow();
        assertEquals(Set.of("10.66.0.2/32", "fd42:42:42::2/128"), Set.copyOf(fixed.allowedIps()));
        assertEquals(broken.latestHandshake(), fixed.latestHandshake(), "syncconf kept the session");
        assertTrue(fixed.receivedBytes() >= broken.receivedBytes(), fixed + " vs " + broken);
        ping6();

        loseIpv6Route();
        adapter.addPeer(dualStack, alice6, List.of(alice6));

        assertEquals(Set.of("10.66.0.2/32", "fd42:42:42::2/128"),
                Set.copyOf(peers().peer(alice.keys().publicKey()).orElseThrow().allowedIps()));
        ping6();
    }

    /** An IPv4-only interface next to the dual-stack feature: no IPv6 address, no ip6tables rule, one route per peer. */
    @Test
    void anIpv4OnlyInterfaceGetsNoIpv6Setup() {
        adapter.applyInterface(server, List.of(alice));

        assertEquals(List.of("10.66.0.2/32"), peers().peer(alice.keys().publicKey()).orElseThrow().allowedIps());
        assertFalse(lab.ip("-n", lab.serverNamespace, "addr", "show", "dev", server.name()).stdout().contains("fd42"));
        assertFalse(ip6tables("-t", "nat", "-S", "POSTROUTING").contains("MASQUERADE"));
        assertFalse(ip6tables("-S", "FORWARD").contains(server.name()));
    }

    private void loseIpv6Route() {
        lab.inServer.run(Command.of("wg", "set", server.name(), "peer", alice.keys().publicKey().base64(),
                "allowed-ips", "10.66.0.2/32"));
    }

    private String ip6tables(String... arguments) {
        List<String> argv = new ArrayList<>(List.of("ip6tables"));
        argv.addAll(List.of(arguments));
        return lab.inServer.run(Command.of(argv)).stdout();
    }

    /** The same interface, made dual-stack (a copy: the fixture stays IPv4-only). */
    private static WgInterface dualStack(WgInterface wgInterface) {
        WgInterface copy = WgInterface.restore(wgInterface.id(), wgInterface.keys(), wgInterface.listenPort(),
                wgInterface.addressRange(), wgInterface.mtu(), wgInterface.isUp());
        copy.assignIpv6Range(IPV6_RANGE);
        return copy;
    }

    /** A copy of the client with an IPv6 address. */
    private static Client withIpv6(Client client, String ipv6Address) {
        Client copy = Client.create(client.name(), client.interfaceId(), client.keys(), client.presharedKey(), client.address(),
                NOW, NOW.plus(Duration.ofDays(30)), Quota.UNLIMITED, "");
        copy.assignIpv6Address(Ipv6Address.parse(ipv6Address));
        return copy;
    }

    /** Bounded like {@link #ping()}, over IPv6 to the server's tunnel address. */
    private void ping6() {
        lab.inClient.run(Command.of("ping", "-6", "-c", "3", "-i", "0.2", "-W", "2", "-q", IPV6_RANGE.serverAddress().toString()));
    }

    private InterfaceReading peers() {
        return adapter.readAll().interfaceNamed(server.name()).orElseThrow();
    }

    private String configFile() throws IOException {
        return Files.readString(configDirectory.resolve(server.name() + ".conf"));
    }

    /** Bounded: 3 echo requests 0.2 s apart, each waited for at most 2 s. Throws (exit 1) when one is lost. */
    private void ping() {
        lab.inClient.run(Command.of("ping", "-c", "3", "-i", "0.2", "-W", "2", "-q", RANGE.serverAddress().toString()));
    }

    /** What the client's wg-quick file would be, already stripped for wg setconf; no keepalive, so no traffic unless we ping. */
    private String clientConfig(Client client) {
        return clientConfig(client, false);
    }

    private String clientConfig(Client client, boolean dualStack) {
        return "[Interface]\nPrivateKey = " + client.keys().privateKey().base64() + "\n\n"
                + "[Peer]\nPublicKey = " + server.keys().publicKey().base64() + "\n"
                + "PresharedKey = " + client.presharedKey().base64() + "\n"
                + "Endpoint = " + NetnsLab.SERVER_VETH_ADDRESS + ":" + PORT + "\n"
                + "AllowedIPs = " + RANGE.networkNotation() + (dualStack ? ", " + IPV6_NETWORK : "") + "\n";
    }

    private static WgInterface newInterface(int id, Ipv4Cidr range, int port) {
        return WgInterface.create(new InterfaceId(id), KEYS.newKeyPair(), new ListenPort(port), range, Mtu.DEFAULT);
    }

    private static Client newClient(String name, WgInterface wgInterface, String address) {
        WgKeyPair keys = KEYS.newKeyPair();
        return Client.create(new ClientName(name), wgInterface.id(), keys, KEYS.newPresharedKey(), Ipv4Address.parse(address),
                NOW, NOW.plus(Duration.ofDays(30)), Quota.UNLIMITED, "");
    }

    private static List<String> secretsOf(WgInterface wgInterface, Client... clients) {
        List<String> secrets = new ArrayList<>(List.of(wgInterface.keys().privateKey().base64()));
        for (Client client : clients) {
            secrets.add(client.keys().privateKey().base64());
            secrets.add(client.presharedKey().base64());
        }
        return secrets;
    }
}
