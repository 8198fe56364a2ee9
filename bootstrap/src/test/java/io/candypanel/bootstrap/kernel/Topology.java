package io.candypanel.bootstrap.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network of the end-to-end test, all with names starting {@code cpe} + 4 random characters:
 * <pre>
 *   root ns  [cpeXXXXm0 10.232.N.1] ==veth== [cpeXXXXm1 10.232.N.2]  SRV ns (the panel, wg0)
 *   SRV ns   [cpeXXXXu0 10.231.N.1] ==veth== [cpeXXXXu1 10.231.N.2]  CLI ns (the VPN client, cpcXXXX)
 * </pre>
 * {@link #close()} removes everything, and runs from a JVM shutdown hook too if the test is cut short.
 * Processes left in the namespaces (the panel, every wireguard-go) are ended by their PID, found
 * with {@code ip netns pids}: all of them were started by this test.
 */
final class Topology implements AutoCloseable {
    static final String PREFIX = "cpe";
    static final Path WG_RUN = Path.of("/var/run/wireguard");
    private static final Pattern PANEL_INTERFACE = Pattern.compile("^\\d+: (wg\\d+)[:@]", Pattern.MULTILINE);

    final String id;
    final String srv;
    final String cli;
    final String mgmtRoot;
    final String mgmtSrv;
    final String underSrv;
    final String underCli;
    /** The name of the client's WireGuard interface: must not look like the panel's wgN (the socket directory is shared). */
    final String clientInterface;
    final int octet;

    private final Thread hook;
    private final List<String> log = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();
    private boolean closed;

    private Topology(String id, int octet) {
        this.id = id;
        this.octet = octet;
        this.srv = PREFIX + id + "-srv";
        this.cli = PREFIX + id + "-cli";
        this.mgmtRoot = PREFIX + id + "m0";
        this.mgmtSrv = PREFIX + id + "m1";
        this.underSrv = PREFIX + id + "u0";
        this.underCli = PREFIX + id + "u1";
        this.clientInterface = "cpc" + id;
        this.hook = new Thread(this::closeQuietly, "kernel-e2e-cleanup");
    }

    String managementRootAddress() {
        return "10.232." + octet + ".1";
    }

    /** Where the test reaches the panel's HTTP port. */
    String managementPanelAddress() {
        return "10.232." + octet + ".2";
    }

    /** The server's underlay address: the client config's Endpoint. */
    String underlayServerAddress() {
        return "10.231." + octet + ".1";
    }

    String underlayClientAddress() {
        return "10.231." + octet + ".2";
    }

    /** The VPN range given to install; the server's own tunnel address is .1. */
    String tunnelRange() {
        return "10.66." + octet + ".1/24";
    }

    String tunnelNetwork() {
        return "10.66." + octet + ".0/24";
    }

    String serverTunnelAddress() {
        return "10.66." + octet + ".1";
    }

    /**
     * The IPv6 range given to a dual-stack install (its server address is ::1). The same for every
     * run: it lives only on links inside the test's namespaces, so it cannot meet the host's routes.
     */
    String ipv6TunnelRange() {
        return "fd42:42:42::1/64";
    }

    String ipv6TunnelNetwork() {
        return "fd42:42:42::/64";
    }

    String serverIpv6TunnelAddress() {
        return "fd42:42:42::1";
    }

    /** A directory of the test (panel data, configs) to delete last, also from the shutdown hook. */
    synchronized void deleteOnClose(Path directory) {
        directories.add(directory);
    }

    static Topology create() {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String routes = Sh.ok("ip", "-4", "route", "show", "table", "all").out();
        int octet = -1;
        for (int attempt = 0; attempt < 100 && octet < 0; attempt++) {
            int candidate = 10 + random.nextInt(240);
            if (!routes.contains("10.232." + candidate + ".") && !routes.contains("10.231." + candidate + ".")
                    && !routes.contains("10.66." + candidate + ".")) {
                octet = candidate;
            }
        }
        if (octet < 0) {
            throw new AssertionError("no free 10.23x.N.0/24 subnet for the test network:\n" + routes);
        }
        Topology net = new Topology(id.toString(), octet);
        Runtime.getRuntime().addShutdownHook(net.hook);
        try {
            net.build();
        } catch (RuntimeException | AssertionError e) {
            net.closeQuietly();
            throw e;
        }
        return net;
    }

    private void build() {
        step("ip", "netns", "add", srv);
        step("ip", "netns", "add", cli);
        step("ip", "-n", srv, "link", "set", "lo", "up");
        step("ip", "-n", cli, "link", "set", "lo", "up");
        // underlay SRV <-> CLI: what the VPN runs over
        step("ip", "link", "add", underSrv, "type", "veth", "peer", "name", underCli);
        step("ip", "link", "set", underSrv, "netns", srv);
        step("ip", "link", "set", underCli, "netns", cli);
        step("ip", "-n", srv, "addr", "add", underlayServerAddress() + "/24", "dev", underSrv);
        step("ip", "-n", cli, "addr", "add", underlayClientAddress() + "/24", "dev", underCli);
        step("ip", "-n", srv, "link", "set", underSrv, "up");
        step("ip", "-n", cli, "link", "set", underCli, "up");
        // management root <-> SRV: how the test reaches the panel's HTTP port
        step("ip", "link", "add", mgmtRoot, "type", "veth", "peer", "name", mgmtSrv);
        step("ip", "link", "set", mgmtSrv, "netns", srv);
        step("ip", "addr", "add", managementRootAddress() + "/24", "dev", mgmtRoot);
        step("ip", "-n", srv, "addr", "add", managementPanelAddress() + "/24", "dev", mgmtSrv);
        step("ip", "link", "set", mgmtRoot, "up");
        step("ip", "-n", srv, "link", "set", mgmtSrv, "up");
        Await.until("the management link to answer pings", Duration.ofSeconds(10),
                () -> Sh.run("ping", "-c", "1", "-W", "1", managementPanelAddress()).ok());
    }

    private void step(String... command) {
        log.add(String.join(" ", command));
        Sh.ok(command);
    }

    /** Runs a command inside a namespace ({@code ip netns exec}). */
    Sh.Result inNamespace(String namespace, Duration timeout, String... command) {
        String[] full = new String[command.length + 4];
        full[0] = "ip";
        full[1] = "netns";
        full[2] = "exec";
        full[3] = namespace;
        System.arraycopy(command, 0, full, 4, command.length);
        return Sh.run(timeout, null, full);
    }

    /** {@code ping -c count -W wait target} from the client namespace. */
    Sh.Result pingFromClient(String target, int count, int waitSeconds, String... extra) {
        List<String> command = new ArrayList<>(List.of("ping", "-n", "-q", "-c", Integer.toString(count), "-W",
                Integer.toString(waitSeconds)));
        command.addAll(Arrays.asList(extra));
        command.add(target);
        return inNamespace(cli, Duration.ofSeconds(count * (waitSeconds + 2L) + 10), command.toArray(String[]::new));
    }

    /**
     * Drops every packet of the WireGuard port in the server namespace, both ways. The server's peer
     * counters then cannot move (wireguard-go counts a packet only once sent or received), which
     * makes "the panel booked exactly the counters read just before" a sound check even when the
     * interface is gone right after.
     */
    void freezeUnderlay(int wgPort) {
        Sh.ok("ip", "netns", "exec", srv, "iptables", "-w", "-I", "INPUT", "-p", "udp", "--dport", Integer.toString(wgPort), "-j", "DROP");
        Sh.ok("ip", "netns", "exec", srv, "iptables", "-w", "-I", "OUTPUT", "-p", "udp", "--sport", Integer.toString(wgPort), "-j", "DROP");
    }

    void thawUnderlay(int wgPort) {
        Sh.ok("ip", "netns", "exec", srv, "iptables", "-w", "-D", "INPUT", "-p", "udp", "--dport", Integer.toString(wgPort), "-j", "DROP");
        Sh.ok("ip", "netns", "exec", srv, "iptables", "-w", "-D", "OUTPUT", "-p", "udp", "--sport", Integer.toString(wgPort), "-j", "DROP");
    }

    /** PIDs of the processes whose network namespace is {@code namespace}. */
    static Set<Long> pidsIn(String namespace) {
        Sh.Result result = Sh.run("ip", "netns", "pids", namespace);
        Set<Long> pids = new HashSet<>();
        if (result.ok()) {
            for (String line : result.out().split("\\s+")) {
                if (!line.isBlank()) {
                    pids.add(Long.parseLong(line.strip()));
                }
            }
        }
        return pids;
    }

    private static Set<Long> pidsIn(String... namespaces) {
        Set<Long> pids = new HashSet<>();
        for (String namespace : namespaces) {
            pids.addAll(pidsIn(namespace));
        }
        return pids;
    }

    private static boolean isWireguardGo(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(c -> c.endsWith("/wireguard-go")).orElse(false);
    }

    private static boolean waitGone(List<Long> pids, Duration timeout) {
        try {
            Await.until("processes " + pids + " to exit", timeout,
                    () -> pids.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** SIGTERM, then SIGKILL after {@code grace}; all of these processes were started by the test. */
    private static void stop(List<Long> pids, Duration grace, List<String> problems) {
        if (pids.isEmpty()) {
            return;
        }
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
        if (!waitGone(pids, grace)) {
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            if (!waitGone(pids, Duration.ofSeconds(10))) {
                problems.add("processes " + pids + " survived SIGKILL");
            }
        }
    }

    static boolean namespaceExists(String namespace) {
        return Sh.run("ip", "netns", "list").out().lines().anyMatch(l -> l.split("\\s")[0].equals(namespace));
    }

    /** Every network namespace whose name starts with {@code cpe}. */
    static List<String> leftoverNamespaces() {
        return Sh.run("ip", "netns", "list").out().lines().map(l -> l.split("\\s")[0]).filter(n -> n.startsWith(PREFIX)).toList();
    }

    /**
     * Removes everything: the panel's WireGuard links (which ends the wireguard-go that wg-quick
     * started), the client's link, every remaining process in the two namespaces (by PID), the
     * namespaces (their veths go with them) and the root end of the management veth.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<String> problems = new ArrayList<>();
        // 1. Whatever is not wireguard-go first (the panel, if the test did not stop it): a running
        //    panel would bring a deleted wg0 straight back up at its next sync.
        stop(pidsIn(srv, cli).stream().filter(pid -> !isWireguardGo(pid)).toList(), Duration.ofSeconds(15), problems);
        // 2. Deleting a link ends its wireguard-go (1-3 s later), which removes its own socket.
        for (String namespace : List.of(srv, cli)) {
            if (!namespaceExists(namespace)) {
                continue;
            }
            Sh.Result links = Sh.run("ip", "-n", namespace, "-o", "link", "show");
            Matcher panelLinks = PANEL_INTERFACE.matcher(links.out());
            List<String> toDelete = new ArrayList<>();
            while (panelLinks.find()) {
                toDelete.add(panelLinks.group(1));
            }
            if (links.out().contains(" " + clientInterface + ":")) {
                toDelete.add(clientInterface);
            }
            for (String link : toDelete) {
                Sh.Result deleted = Sh.run("ip", "-n", namespace, "link", "del", link);
                if (!deleted.ok()) {
                    problems.add(deleted.toString());
                }
            }
        }
        // 3. Whatever still runs there is ours: SIGTERM (wireguard-go then removes its socket), SIGKILL as a last resort.
        List<Long> rest = List.copyOf(pidsIn(srv, cli));
        if (!waitGone(rest, Duration.ofSeconds(5))) {
            stop(rest, Duration.ofSeconds(10), problems);
        }
        for (String namespace : List.of(srv, cli)) {
            if (namespaceExists(namespace)) {
                Sh.Result deleted = Sh.run("ip", "netns", "del", namespace);
                if (!deleted.ok()) {
                    problems.add(deleted.toString());
                }
            }
        }
        // the root end dies with its peer in SRV; delete it in case SRV was never populated
        if (Sh.run("ip", "link", "show", mgmtRoot).ok()) {
            Sh.run("ip", "link", "del", mgmtRoot);
        }
        try {
            Await.until("the WireGuard sockets of the test to disappear", Duration.ofSeconds(10),
                    () -> !Files.exists(WG_RUN.resolve("wg0.sock")) && !Files.exists(WG_RUN.resolve(clientInterface + ".sock")));
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
        for (Path directory : directories) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (java.nio.file.NoSuchFileException gone) {
                // already deleted
            } catch (java.io.IOException e) {
                problems.add("could not delete " + directory + ": " + e);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // running from the hook itself
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("cleanup of the test network had problems:\n" + String.join("\n", problems));
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException | AssertionError e) {
            System.err.println("kernel e2e cleanup: " + e.getMessage());
        }
    }

    Optional<String> describe() {
        return Optional.of("namespaces " + srv + ", " + cli + "; management " + managementRootAddress() + " -> "
                + managementPanelAddress() + "; underlay " + underlayServerAddress() + " <-> " + underlayClientAddress()
                + "; tunnel " + tunnelRange() + "; client interface " + clientInterface);
    }
}
