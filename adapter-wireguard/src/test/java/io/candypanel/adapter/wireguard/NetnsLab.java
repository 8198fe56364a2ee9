package io.candypanel.adapter.wireguard;

import io.candypanel.adapter.wireguard.CommandRunner.Command;
import io.candypanel.adapter.wireguard.CommandRunner.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Test-only: two network namespaces joined by a veth pair (server 10.200.0.1/24, client
 * 10.200.0.2/24), as in testing-real-components.md part B. Every name carries a random tag
 * ({@code cpw-<tag>-s}, {@code cpw<tag>s}, {@code wg7xxx}), so parallel builds cannot collide,
 * and {@link #close()} removes exactly what this lab made, then checks that nothing is left: no
 * namespace, no WireGuard socket (the socket directory is shared by all namespaces), no
 * wireguard-go process. {@code ip netns del} alone would leave wireguard-go running, so every
 * WireGuard link is deleted first.
 */
final class NetnsLab implements AutoCloseable {
    static final String SERVER_VETH_ADDRESS = "10.200.0.1";
    static final String CLIENT_VETH_ADDRESS = "10.200.0.2";
    static final Duration CLEANUP_DEADLINE = Duration.ofSeconds(15);
    private static final Path SOCKET_DIRECTORY = Path.of("/var/run/wireguard");
    private static final SecureRandom RANDOM = new SecureRandom();

    final String tag;
    final String serverNamespace;
    final String clientNamespace;
    final String serverVeth;
    final String clientVeth;
    final ProcessCommandRunner host = new ProcessCommandRunner();
    final NamespacedCommandRunner inServer;
    final NamespacedCommandRunner inClient;
    /** WireGuard link name to the namespace it lives in, for cleanup. */
    private final Map<String, String> wireGuardLinks = new LinkedHashMap<>();
    private final List<String> namespaces = new ArrayList<>();

    private NetnsLab() {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        tag = HexFormat.of().formatHex(random);
        serverNamespace = "cpw-" + tag + "-s";
        clientNamespace = "cpw-" + tag + "-c";
        serverVeth = "cpw" + tag + "s";
        clientVeth = "cpw" + tag + "c";
        inServer = new NamespacedCommandRunner(serverNamespace, host);
        inClient = new NamespacedCommandRunner(clientNamespace, host);
    }

    /** Builds both namespaces and the veth pair; on any failure removes what was made and rethrows. */
    static NetnsLab create() {
        NetnsLab lab = new NetnsLab();
        try {
            lab.addNamespace(lab.serverNamespace);
            lab.addNamespace(lab.clientNamespace);
            lab.ip("link", "add", lab.serverVeth, "type", "veth", "peer", "name", lab.clientVeth);
            lab.ip("link", "set", lab.serverVeth, "netns", lab.serverNamespace);
            lab.ip("link", "set", lab.clientVeth, "netns", lab.clientNamespace);
            lab.ip("-n", lab.serverNamespace, "addr", "add", SERVER_VETH_ADDRESS + "/24", "dev", lab.serverVeth);
            lab.ip("-n", lab.serverNamespace, "link", "set", lab.serverVeth, "up");
            lab.ip("-n", lab.clientNamespace, "addr", "add", CLIENT_VETH_ADDRESS + "/24", "dev", lab.clientVeth);
            lab.ip("-n", lab.clientNamespace, "link", "set", lab.clientVeth, "up");
            return lab;
        } catch (RuntimeException | Error e) {
            lab.closeQuietly(e);
            throw e;
        }
    }

    /**
     * A free {@code wgN} id in 7000-9999 (names up to 6 characters), registered for cleanup in the
     * server namespace. Free means no socket of that name exists, in any namespace.
     */
    int newServerInterfaceId() {
        while (true) {
            int id = 7000 + RANDOM.nextInt(3000);
            String name = "wg" + id;
            if (!wireGuardLinks.containsKey(name) && !Files.exists(SOCKET_DIRECTORY.resolve(name + ".sock"))) {
                wireGuardLinks.put(name, serverNamespace);
                return id;
            }
        }
    }

    /**
     * Starts a userspace client interface in the client namespace and configures it the way a
     * client would (wg setconf on the stripped client config, then address, MTU and route with ip).
     * The config, with its private key, goes through stdin.
     */
    String startClient(String strippedClientConfig, String address, String serverRange) {
        return startClient(strippedClientConfig, address, serverRange, null, null);
    }

    /**
     * A dual-stack client: as above, plus its IPv6 address ({@code /128}) and a route to the
     * server's IPv6 network ({@code fd42:42:42::/64}); both null for an IPv4-only client.
     */
    String startClient(String strippedClientConfig, String address, String serverRange, String ipv6Address, String ipv6Network) {
        String name = "cpwc" + tag;
        wireGuardLinks.put(name, clientNamespace);
        inClient.run(Command.of("wireguard-go", name)); // daemonizes once its TUN and UAPI socket exist
        inClient.run(Command.of("wg", "setconf", name, "/dev/stdin")
                .withStdin(strippedClientConfig.getBytes(StandardCharsets.UTF_8)));
        ip("-n", clientNamespace, "addr", "add", address + "/32", "dev", name);
        ip("-n", clientNamespace, "link", "set", name, "mtu", "1380", "up");
        ip("-n", clientNamespace, "route", "add", serverRange, "dev", name); // setconf adds no routes
        if (ipv6Address != null) {
            ip("-n", clientNamespace, "-6", "addr", "add", ipv6Address + "/128", "dev", name);
            ip("-n", clientNamespace, "-6", "route", "add", ipv6Network, "dev", name);
        }
        return name;
    }

    Result ip(String... arguments) {
        List<String> argv = new ArrayList<>(List.of("ip"));
        argv.addAll(List.of(arguments));
        return host.run(Command.of(argv));
    }

    /** Exit code of a command in the server namespace, which may fail. */
    Result inServerAllowingFailure(String... argv) {
        return inServer.run(Command.of(argv).allowingFailure());
    }

    @Override
    public void close() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> link : wireGuardLinks.entrySet()) {
            // Ends wireguard-go; failing just means the link was already gone.
            host.run(Command.of("ip", "-n", link.getValue(), "link", "del", link.getKey()).allowingFailure());
        }
        for (String namespace : namespaces) {
            Result deleted = host.run(Command.of("ip", "netns", "del", namespace).allowingFailure());
            if (deleted.exitCode() != 0) {
                problems.add("ip netns del " + namespace + ": " + deleted.stderr().strip());
            }
        }
        long deadline = System.nanoTime() + CLEANUP_DEADLINE.toNanos();
        for (String name : wireGuardLinks.keySet()) {
            if (!await(deadline, () -> !Files.exists(SOCKET_DIRECTORY.resolve(name + ".sock")))) {
                problems.add("the WireGuard socket of " + name + " is still there");
            }
            if (!await(deadline, () -> !wireGuardGoRunsFor(name))) {
                problems.add("wireguard-go " + name + " is still running");
            }
        }
        String left = host.run(Command.of("ip", "netns", "list")).stdout();
        if (left.contains(tag)) {
            problems.add("namespaces left behind: " + left.strip());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Lab " + tag + " did not clean up: " + String.join("; ", problems));
        }
    }

    /** Cleanup after a failed create: the original failure matters more than a cleanup problem. */
    private void closeQuietly(Throwable original) {
        try {
            close();
        } catch (RuntimeException | AssertionError cleanupProblem) {
            original.addSuppressed(cleanupProblem);
        }
    }

    private void addNamespace(String name) {
        ip("netns", "add", name);
        namespaces.add(name);
        ip("-n", name, "link", "set", "lo", "up");
    }

    static boolean wireGuardGoRunsFor(String interfaceName) {
        return ProcessHandle.allProcesses().anyMatch(process -> {
            ProcessHandle.Info info = process.info();
            boolean isWireGuardGo = info.command().map(command -> command.endsWith("/wireguard-go")).orElse(false);
            return isWireGuardGo && info.arguments().map(args -> List.of(args).contains(interfaceName)).orElse(false);
        });
    }

    /** Polls with a short park until the condition holds or the deadline passes; no fixed sleeps. */
    static boolean await(long deadlineNanos, BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadlineNanos >= 0) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return true;
    }
}
