package io.candypanel.bootstrap.kernel;

import static io.candypanel.bootstrap.kernel.KernelPanel.WG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Dual stack end to end (issue 8): the built jar, installed with {@code wg_ipv6_address}, runs wg0
 * with an IPv4 and an IPv6 range inside a network namespace (SRV); a client created through the API
 * gets the first IPv6 host address, its config is brought up by a real wireguard-go in another
 * namespace (CLI) with both addresses, it pings the server's IPv6 tunnel address, and the IPv6
 * bytes are booked exactly as the kernel counted them. A peer that lost its IPv6 route behind the
 * panel's back gets it back at the next sync.
 *
 * <p>Same network, panel process and cleanup as {@link KernelEndToEndIT}, both from {@link KernelPanel}
 * (a fresh topology and a fresh panel, so the two classes share nothing but the helpers); the IPv4
 * scenarios stay there. Exactness is proven the same way: the booked usage must lie between the
 * kernel readings taken right before the sync request and right after {@code /api/data} was read.
 *
 * <p>Needs root, ip, iptables, ip6tables, ping, wg, wg-quick and wireguard-go, and no other
 * interface named wg0 on the host. Everything it creates is named {@code cpe<4 random>} and
 * removed afterwards, also on failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelEndToEndDualStackIT {
    private static final String PASSWORD = "kernel-e2e-dual-stack";
    private static final String CLIENT = "e2e-dual";
    private static final String IPV6_DNS = "2001:4860:4860::8888";
    private static final String CLIENT_IPV6 = "fd42:42:42::2";
    /** The IPv6-only load: enough bytes that keepalives (32 bytes every 25 s) cannot explain the growth. */
    private static final int PINGS = 10;
    private static final int PING_SIZE = 1000;

    private final KernelPanel kernel = new KernelPanel("panel-dual-stack",
            List.of("ip", "iptables", "ip6tables", "ping", "wg", "wg-quick", "wireguard-go"), KernelEndToEndDualStackIT::note);
    private Topology net;
    private PanelProcess panel;
    private ClientTunnel tunnel;
    private ApiClient api;

    private boolean installed;
    private boolean clientReady;
    private String clientPublicKey;
    private String clientAddress;
    private Instant lastPeriodicTick;

    // ------------------------------------------------------------------------------------------------------------
    // lifecycle: the shared set-up and clean-up live in KernelPanel

    @BeforeAll
    void setUp() throws IOException {
        kernel.start();
        net = kernel.net();
        panel = kernel.panel();
        api = kernel.api();
        note("IPv6 tunnel " + net.ipv6TunnelRange());
    }

    @BeforeEach
    void panelMustRun() {
        kernel.assertPanelRuns();
    }

    @AfterAll
    void tearDown() {
        kernel.close();
    }

    // ------------------------------------------------------------------------------------------------------------
    // scenarios

    @Test
    @Order(1)
    @DisplayName("6a. a dual-stack install brings wg0 up with both addresses and the ip6tables forwarding and NAT")
    void dualStackInstall() throws IOException {
        kernel.install("dual-stack install", PASSWORD,
                Map.of("wg_ipv6_address", net.ipv6TunnelRange(), "wg_ipv6_dns", IPV6_DNS));
        installed = true;

        assertTrue(WgDump.exists(WG), "wg0 must run after install:\n" + panel.tail(40));
        String addresses = Sh.ok("ip", "-n", net.srv, "-o", "addr", "show", "dev", WG).out();
        assertTrue(addresses.contains(" inet " + net.tunnelRange() + " "), "wg0 carries the IPv4 tunnel address: " + addresses);
        assertTrue(addresses.contains(" inet6 " + net.ipv6TunnelRange() + " "), "wg0 carries the IPv6 tunnel address: " + addresses);
        assertEquals("1", inSrv("sysctl", "-n", "net.ipv6.conf.all.forwarding").out().strip(), "PostUp enabled IPv6 forwarding");
        String nat6 = inSrv("ip6tables", "-w", "-t", "nat", "-S", "POSTROUTING").out();
        assertTrue(nat6.contains("-A POSTROUTING -s " + net.ipv6TunnelNetwork() + " -o ") && nat6.contains(" -j MASQUERADE"),
                "PostUp added the IPv6 MASQUERADE rule: " + nat6);
        String forward6 = inSrv("ip6tables", "-w", "-S", "FORWARD").out();
        assertTrue(forward6.contains("-A FORWARD -i " + WG + " -j ACCEPT") && forward6.contains("-A FORWARD -o " + WG + " -j ACCEPT"),
                "PostUp added the IPv6 forwarding rules: " + forward6);
        String nat4 = inSrv("iptables", "-w", "-t", "nat", "-S", "POSTROUTING").out();
        assertTrue(nat4.contains("-A POSTROUTING -s " + net.tunnelNetwork() + " -o "), "the IPv4 NAT is still there: " + nat4);

        JsonNode iface = api.data().path("interfaces").get(0);
        assertEquals(net.ipv6TunnelRange(), iface.path("ipv6_address_range").asText(), "/api/data interface: " + iface);
        assertEquals(net.tunnelRange(), iface.path("address_range").asText(), "/api/data interface: " + iface);
    }

    @Test
    @Order(2)
    @DisplayName("6b. a client created through the API gets fd42:42:42::2, both host routes live, and pings the server over IPv6")
    void dualStackClientPingsOverIpv6() {
        assumeTrue(installed, "the dual-stack install failed");
        ApiClient.Reply created = api.manageOk("client", "create", """
                {"name":"%s","expires":"2099-01-01T00:00:00Z","traffic":"%d"}""".formatted(CLIENT, 100L * 1024 * 1024 * 1024));
        String config = created.data().path("client_config").asText();
        String shown = config.replaceAll("(?m)^PrivateKey.*$", "PrivateKey = (hidden)");
        clientAddress = ClientTunnel.addressOf(config);
        assertEquals(Optional.of(CLIENT_IPV6), ClientTunnel.ipv6AddressOf(config), "the config's Address carries both: " + shown);
        assertTrue(config.contains("\nAddress = " + clientAddress + "/32, " + CLIENT_IPV6 + "/128\n"), shown);
        assertTrue(config.contains("\nDNS = " + net.serverTunnelAddress() + ", " + IPV6_DNS + "\n"), "the IPv6 DNS is handed out: " + shown);
        JsonNode client = api.client(CLIENT);
        clientPublicKey = client.path("public_key").asText();
        assertEquals(clientAddress, client.path("address").asText(), view(client));
        assertEquals(CLIENT_IPV6, client.path("ipv6_address").asText(), "/api/data shows the IPv6 address: " + client);

        WgDump.Peer live = peerIn(WgDump.read(WG), "after client create");
        assertEquals(Set.of(clientAddress + "/32", CLIENT_IPV6 + "/128"), routes(live), "the live peer routes both addresses");
        assertTrue(live.hasPresharedKey());

        tunnel = kernel.startClient(config);
        String clientAddresses = Sh.ok("ip", "-n", net.cli, "-o", "addr", "show", "dev", net.clientInterface).out();
        assertTrue(clientAddresses.contains(" inet6 " + CLIENT_IPV6 + "/128 "), "the client has its IPv6 address: " + clientAddresses);
        Sh.Result ping6 = net.pingFromClient(net.serverIpv6TunnelAddress(), 3, 2, "-6");
        assertTrue(ping6.ok(), "ping -6 through the tunnel: " + ping6 + "\n" + WgDump.read(WG).describe() + "\nclient wireguard-go:\n"
                + tunnel.logText());
        assertTrue(net.pingFromClient(net.serverTunnelAddress(), 3, 2).ok(), "IPv4 works through the same tunnel");
        clientReady = true;
    }

    @Test
    @Order(3)
    @DisplayName("6c. IPv6-only traffic is booked: after a sync the usage grows by exactly what the kernel counted")
    void ipv6TrafficIsBooked() {
        assumeTrue(clientReady, "the dual-stack client is not up");
        Booking before = bookExactly("6c, before the IPv6 pings");

        Sh.Result ping6 = net.pingFromClient(net.serverIpv6TunnelAddress(), PINGS, 2, "-6", "-i", "0.2", "-s", Integer.toString(PING_SIZE));
        assertTrue(ping6.ok(), "IPv6-only pings: " + ping6);
        WgDump.Peer counted = peerIn(WgDump.read(WG), "after the IPv6 pings");
        assertTrue(counted.tx() - before.kernel().tx() >= (long) PINGS * PING_SIZE
                        && counted.rx() - before.kernel().rx() >= (long) PINGS * PING_SIZE,
                "the kernel counted the IPv6 pings both ways: " + before.kernel() + " -> " + counted);

        Booking after = bookExactly("6c, after the IPv6 pings");
        long grownDownload = after.download() - before.download();
        long grownUpload = after.upload() - before.upload();
        note("6c: usage " + before.download() + "/" + before.upload() + " -> " + after.download() + "/" + after.upload()
                + "; kernel tx/rx " + before.kernel().tx() + "/" + before.kernel().rx() + " -> " + after.kernel().tx() + "/" + after.kernel().rx());
        assertTrue(grownDownload >= (long) PINGS * PING_SIZE && grownUpload >= (long) PINGS * PING_SIZE,
                "the IPv6 echo replies (download) and requests (upload) were booked: +" + grownDownload + "/+" + grownUpload);
        if (before.tight() && after.tight()) {
            assertEquals(after.kernel().tx() - before.kernel().tx(), grownDownload, "download grew by the kernel's tx");
            assertEquals(after.kernel().rx() - before.kernel().rx(), grownUpload, "upload grew by the kernel's rx");
        }
    }

    /** A healthy dual-stack peer carries two routes; a sync must take that as the desired state, not as drift. */
    @Test
    @Order(4)
    @DisplayName("6d. a sync leaves a correct dual-stack peer alone")
    void aCorrectDualStackPeerIsNoDrift() {
        assumeTrue(clientReady, "the dual-stack client is not up");
        WgDump.Peer before = peerIn(WgDump.read(WG), "before the sync");

        ApiClient.Reply sync = api.manageOk("sync", "trigger", "{}");

        note("6d: sync report " + sync.data());
        assertTrue(sync.data().path("kernel_failures").isEmpty(), "sync: " + sync);
        assertTrue(actionsOn(sync).isEmpty(), "nothing to fix on wg0, whose peer has both routes: " + sync);
        WgDump.Peer after = peerIn(WgDump.read(WG), "after the sync");
        assertEquals(routes(before), routes(after));
        assertTrue(after.tx() >= before.tx() && after.rx() >= before.rx(), "the peer was not reset: " + before + " -> " + after);
    }

    @Test
    @Order(5)
    @DisplayName("6e. a peer whose IPv6 route was removed behind the panel's back is fixed by one sync")
    void lostIpv6RouteComesBack() {
        assumeTrue(clientReady, "the dual-stack client is not up");
        awaitQuietWindow();
        Sh.ok("wg", "set", WG, "peer", clientPublicKey, "allowed-ips", clientAddress + "/32");
        WgDump.Peer broken = peerIn(WgDump.read(WG), "after the IPv6 route was removed");
        assertEquals(Set.of(clientAddress + "/32"), routes(broken), "the IPv6 route is gone");
        assertFalse(net.pingFromClient(net.serverIpv6TunnelAddress(), 1, 1, "-6").ok(), "no IPv6 through the tunnel without the route");

        ApiClient.Reply sync = api.manageOk("sync", "trigger", "{}");

        note("6e: sync report " + sync.data());
        assertTrue(sync.data().path("kernel_failures").isEmpty(), "sync: " + sync);
        assertTrue(actionsOn(sync).stream().anyMatch(a -> a.contains("misconfigured")),
                "kernel_actions names the misconfigured peer of wg0: " + sync);
        WgDump.Peer fixed = peerIn(WgDump.read(WG), "after the reconciling sync");
        assertEquals(Set.of(clientAddress + "/32", CLIENT_IPV6 + "/128"), routes(fixed), "both routes are back");
        assertTrue(fixed.tx() >= broken.tx() && fixed.rx() >= broken.rx(), "fixed in place (syncconf), counters kept: " + broken + " -> " + fixed);
        Sh.Result ping6 = net.pingFromClient(net.serverIpv6TunnelAddress(), 3, 2, "-6", "-i", "0.2");
        assertTrue(ping6.ok(), "IPv6 through the tunnel again: " + ping6);
        bookExactly("6e, after the fix");
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers

    /** What one triggered sync booked, with the kernel's reading right before the request and right after /api/data. */
    private record Booking(WgDump.Peer kernel, WgDump.Peer kernelAfter, JsonNode client) {
        long download() {
            return client.path("used_trafic").path("download").asLong();
        }

        long upload() {
            return client.path("used_trafic").path("upload").asLong();
        }

        boolean tight() {
            return kernel.tx() == kernelAfter.tx() && kernel.rx() == kernelAfter.rx();
        }
    }

    /**
     * Triggers a sync and proves the booking exact: the peer was never reset in this class, so the
     * usage must lie between the kernel's counters before and after (download = tx, upload = rx).
     * Retried until the two readings are equal, which pins it to the kernel's value.
     */
    private Booking bookExactly(String step) {
        Booking booking = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            WgDump.Peer before = peerIn(WgDump.read(WG), step + ": before the sync");
            ApiClient.Reply report = api.manageOk("sync", "trigger", "{}");
            JsonNode client = api.client(CLIENT);
            WgDump.Peer after = peerIn(WgDump.read(WG), step + ": after the sync");
            booking = new Booking(before, after, client);
            String context = step + " (attempt " + attempt + "): kernel before " + before + ", after " + after
                    + ", booked " + view(client) + ", report " + report.data();
            assertTrue(report.data().path("kernel_failures").isEmpty(), "no kernel failure: " + context);
            assertTrue(booking.download() >= before.tx() && booking.download() <= after.tx(), "download = kernel tx: " + context);
            assertTrue(booking.upload() >= before.rx() && booking.upload() <= after.rx(), "upload = kernel rx: " + context);
            if (booking.tight()) {
                assertEquals(before.tx(), booking.download(), context);
                assertEquals(before.rx(), booking.upload(), context);
                note(step + ": booked exactly the kernel counters tx=" + before.tx() + " rx=" + before.rx());
                return booking;
            }
            note(step + ": counters moved during the sync (attempt " + attempt + "): " + context);
        }
        return booking;
    }

    /**
     * A step whose report must come from the test's own trigger starts right after an observed
     * periodic tick: the scheduler waits sync_interval_seconds after a tick before the next.
     */
    private void awaitQuietWindow() {
        long interval = api.data().path("settings").path("sync_interval_seconds").asLong(60);
        assertTrue(interval >= 30, "this test needs sync_interval_seconds >= 30 (it is " + interval + ")");
        if (lastPeriodicTick != null && Duration.between(lastPeriodicTick, Instant.now()).toSeconds() <= interval - 20) {
            return;
        }
        String previous = api.data().path("dashboard").path("last_sync").path("at").asText("");
        Await.until("a periodic sync tick", Duration.ofSeconds(interval + 30), () -> {
            String at = api.data().path("dashboard").path("last_sync").path("at").asText("");
            return !at.isEmpty() && !at.equals(previous);
        }, () -> "dashboard.last_sync: " + api.data().path("dashboard").path("last_sync") + "\n" + panel.tail(20));
        lastPeriodicTick = Instant.parse(api.data().path("dashboard").path("last_sync").path("at").asText());
        note("quiet window: periodic tick at " + lastPeriodicTick);
    }

    /** The sync report's kernel actions on wg0. */
    private static List<String> actionsOn(ApiClient.Reply sync) {
        return StreamSupport.stream(sync.data().path("kernel_actions").spliterator(), false)
                .map(JsonNode::asText).filter(a -> a.startsWith(WG + ":")).toList();
    }

    /** The peer's allowed IPs as a set: wireguard-go keeps the order they were set in. */
    private static Set<String> routes(WgDump.Peer peer) {
        return Set.of(peer.allowedIps().split(","));
    }

    private Sh.Result inSrv(String... command) {
        Sh.Result result = net.inNamespace(net.srv, Sh.DEFAULT_TIMEOUT, command);
        if (!result.ok()) {
            throw new AssertionError("command failed in " + net.srv + ": " + result);
        }
        return result;
    }

    private WgDump.Peer peerIn(WgDump dump, String when) {
        return dump.peer(clientPublicKey).orElseThrow(() -> new AssertionError("wg0 has no peer for " + CLIENT + " " + when
                + ":\n" + dump.describe() + "\n" + panel.tail(30)));
    }

    /** A client entry without its keys. */
    private static String view(JsonNode client) {
        return "{name=" + client.path("name").asText() + ", address=" + client.path("address").asText() + ", ipv6_address="
                + client.path("ipv6_address") + ", status=" + client.path("status") + ", used_trafic=" + client.path("used_trafic")
                + ", endpoint=" + client.path("endpoint") + "}";
    }

    private static void note(String line) {
        System.out.println("[kernel-e2e-dual-stack] " + line);
    }
}
