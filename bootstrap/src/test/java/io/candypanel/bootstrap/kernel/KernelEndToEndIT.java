package io.candypanel.bootstrap.kernel;

import static io.candypanel.bootstrap.kernel.KernelPanel.WG;
import static io.candypanel.bootstrap.kernel.KernelPanel.WG_PORT;
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
 * End-to-end proof that the panel drives real WireGuard: the built jar runs in kernel mode inside a
 * network namespace (SRV), a real VPN client (wireguard-go) in another (CLI) connects with the
 * config the panel handed out, pings go through the tunnel, and every byte the kernel counted is
 * booked exactly once: across a sync, a SIGKILL of the panel, an interface stop/start through the
 * API, a peer removed behind the panel's back, and a quota that runs out.
 *
 * <p>How exactness is proven: the usage the panel books comes from one {@code wg show all dump}
 * taken during the request. The test reads {@code wg show wg0 dump} right before the request and
 * right after reading {@code /api/data}, so the booked value must lie between those two readings
 * (and equal them when nothing moved). Where the interface or peer is gone after the request (stop,
 * quota), the WireGuard port is first closed with iptables in SRV: wireguard-go then counts nothing
 * more, and the booked value must equal the reading taken before.
 *
 * <p>The panel's own periodic ticks (every {@code sync_interval_seconds}, 60 s by default) run
 * throughout. The bracket checks hold whichever tick booked; the steps whose report must come from
 * the test's own trigger (the re-added peer, the quota) start right after an observed periodic
 * tick, since the scheduler waits a full interval after a tick before the next.
 *
 * <p>Needs root, ip, iptables, ping, wg, wg-quick and wireguard-go (fails otherwise), and no other
 * interface named wg0 on the host (fails otherwise: /var/run/wireguard is shared by all namespaces).
 * Everything it creates is named {@code cpe<4 random>} and removed afterwards, also on failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelEndToEndIT {
    private static final String PASSWORD = "kernel-e2e-password";
    private static final String CLIENT = "e2e-alice";
    private static final long BIG_QUOTA = 100L * 1024 * 1024 * 1024;
    /** A re-added peer or restarted interface is usable once the client re-handshakes (about 15 s: REKEY_TIMEOUT + KEEPALIVE). */
    private static final Duration TUNNEL_BACK = Duration.ofSeconds(60);

    private final KernelPanel kernel = new KernelPanel("panel",
            List.of("ip", "iptables", "ping", "wg", "wg-quick", "wireguard-go"), KernelEndToEndIT::note);
    private Topology net;
    private PanelProcess panel;
    private ClientTunnel tunnel;
    private ApiClient api;

    private String clientPublicKey;
    private String clientAddress;
    /**
     * Expected usage minus the kernel counters of the client's current peer: zero while the peer
     * the panel added first lives; the usage booked so far once a restart or re-add starts the
     * kernel counters again from zero.
     */
    private long offsetDownload;
    private long offsetUpload;
    private boolean clientReady;
    /** When the last periodic (not triggered) sync tick the test saw started. */
    private Instant lastPeriodicTick;

    // ------------------------------------------------------------------------------------------------------------
    // lifecycle: the shared set-up and clean-up live in KernelPanel

    @BeforeAll
    void setUp() throws IOException {
        kernel.start();
        net = kernel.net();
        panel = kernel.panel();
        api = kernel.api();
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
    @DisplayName("a. install brings wg0 up; a real client connects; one sync books exactly the kernel counters")
    void installConnectAndBookExactly() throws IOException {
        assertFalse(api.get("/check").body().path("installed").asBoolean(), "a fresh panel is not installed");
        kernel.install("install from a remote address with the setup token", PASSWORD, Map.of());

        // install brought wg0 up in SRV (through wg-quick, which fell back to wireguard-go)
        assertTrue(WgDump.exists(WG), "wg0 must run after install:\n" + panel.tail(40));
        WgDump wg0 = WgDump.read(WG);
        assertEquals(WG_PORT, wg0.listenPort(), wg0.describe());
        assertTrue(wg0.peers().isEmpty(), "no client yet, no peer: " + wg0.describe());
        Sh.Result address = Sh.ok("ip", "-n", net.srv, "-o", "addr", "show", "dev", WG);
        assertTrue(address.out().contains(" " + net.tunnelRange() + " "), "wg0 carries the server's tunnel address: " + address);
        JsonNode data = api.data();
        assertEquals("kernel", data.path("dashboard").path("wg_mode").asText(), "dashboard: " + data.path("dashboard"));
        JsonNode iface = data.path("interfaces").get(0);
        assertEquals(wg0.publicKey(), iface.path("public_key").asText(), "the running wg0 has the stored key");

        ApiClient.Reply created = api.manageOk("client", "create", """
                {"name":"%s","expires":"2099-01-01T00:00:00Z","traffic":"%d"}""".formatted(CLIENT, BIG_QUOTA));
        String config = created.data().path("client_config").asText();
        assertTrue(config.contains("Endpoint = " + net.underlayServerAddress() + ":" + WG_PORT), config.replaceAll("(?m)^PrivateKey.*$", "PrivateKey = (hidden)"));
        assertTrue(config.contains("PublicKey = " + wg0.publicKey()), "the client config names the running server key");
        clientAddress = ClientTunnel.addressOf(config);
        JsonNode client = api.client(CLIENT);
        clientPublicKey = client.path("public_key").asText();
        assertEquals(clientAddress, client.path("address").asText());

        WgDump.Peer added = peerIn(WgDump.read(WG), "after client create");
        assertEquals(clientAddress + "/32", added.allowedIps(), "the live peer routes the client's address");
        assertTrue(added.hasPresharedKey(), "the live peer has the client's preshared key");

        tunnel = kernel.startClient(config);
        Sh.Result ping = net.pingFromClient(net.serverTunnelAddress(), 3, 2);
        assertTrue(ping.ok(), "ping through the tunnel: " + ping + "\n" + WgDump.read(WG).describe() + "\nclient wireguard-go:\n"
                + tunnel.logText());
        clientReady = true;

        Booking booking = bookExactly("a");
        JsonNode booked = booking.client();
        assertTrue(booking.download() > 0 && booking.upload() > 0, "pings were booked both ways: " + view(booked));
        assertTrue(booked.path("connected_now").asBoolean(), "a client that just handshook is connected: " + view(booked));
        assertEquals(booking.before().endpoint(), booked.path("endpoint").asText(), "the booked endpoint is the kernel's");
        assertTrue(booked.path("endpoint").asText().startsWith(net.underlayClientAddress() + ":"), view(booked));
        long handshake = Instant.parse(booked.path("last_handshake").asText()).getEpochSecond();
        assertTrue(handshake >= booking.before().latestHandshake() && handshake <= booking.after().latestHandshake(),
                "last_handshake " + handshake + " is the kernel's (" + booking.before().latestHandshake() + ".."
                        + booking.after().latestHandshake() + ")");
        JsonNode report = booking.report().data();
        assertTrue(report.path("peers_read").asInt() >= 1, "the sync read the peer: " + report);
    }

    @Test
    @Order(2)
    @DisplayName("b. a SIGKILL of the panel neither loses nor double-counts traffic")
    void sigkillLosesAndDoublesNothing() {
        assumeTrue(clientReady, "scenario a did not bring the client up");
        Booking before = bookExactly("b, before the kill");

        // Traffic the panel has not booked yet when it dies.
        JsonNode usage = null;
        WgDump.Peer atKill = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            assertTrue(net.pingFromClient(net.serverTunnelAddress(), 5, 2, "-i", "0.2").ok(), "ping before the kill");
            usage = api.client(CLIENT);
            atKill = peerIn(WgDump.read(WG), "right before the kill");
            if (atKill.tx() > download(usage) - offsetDownload && atKill.rx() > upload(usage) - offsetUpload) {
                break;
            }
        }
        assertTrue(atKill.tx() > download(usage) - offsetDownload && atKill.rx() > upload(usage) - offsetUpload,
                "the kill must find unbooked traffic in the kernel: " + atKill + " vs " + view(usage));
        long pid = panel.pid();
        panel.kill9();
        note("panel pid " + pid + " killed with SIGKILL; kernel peer at the kill: rx=" + atKill.rx() + " tx=" + atKill.tx()
                + ", booked then: " + view(usage));

        assertTrue(WgDump.exists(WG), "wg0 (wireguard-go started by wg-quick) outlives the panel");
        assertTrue(net.pingFromClient(net.serverTunnelAddress(), 3, 2).ok(), "the tunnel works while the panel is dead");
        WgDump.Peer whileDead = peerIn(WgDump.read(WG), "while the panel is dead");
        assertTrue(whileDead.tx() > atKill.tx() && whileDead.rx() > atKill.rx(), "traffic while the panel is dead: " + whileDead);

        panel.start();
        note("panel restarted as pid " + panel.pid());
        api.login(PASSWORD);
        WgDump.Peer afterStart = peerIn(WgDump.read(WG), "after the panel restarted");
        assertTrue(afterStart.tx() >= whileDead.tx() && afterStart.rx() >= whileDead.rx(),
                "the panel's start must not reset the running peer (wg setconf or a restart would): before " + whileDead
                        + ", after " + afterStart + "\n" + panel.tail(30));

        Booking after = bookExactly("b, after the restart");
        // The offset did not change, so bookExactly proved: usage now = usage at the previous sync + (counters now -
        // counters at the previous sync). Spelled out when both readings were exact:
        if (before.tight() && after.tight()) {
            assertEquals(before.download() + (after.before().tx() - before.before().tx()), after.download(), "download across the SIGKILL");
            assertEquals(before.upload() + (after.before().rx() - before.before().rx()), after.upload(), "upload across the SIGKILL");
        }
        note(String.format("b: usage %d/%d -> %d/%d; kernel tx/rx %d/%d -> %d/%d", before.download(), before.upload(),
                after.download(), after.upload(), before.before().tx(), before.before().rx(), after.before().tx(), after.before().rx()));
    }

    @Test
    @Order(3)
    @DisplayName("c. stopping and starting wg0 through the API loses no usage")
    void interfaceStopStartLosesNothing() {
        assumeTrue(clientReady, "scenario a did not bring the client up");
        assertTrue(net.pingFromClient(net.serverTunnelAddress(), 3, 2, "-i", "0.2").ok(), "ping before the stop");

        WgDump.Peer atStop;
        ApiClient.Reply stop;
        net.freezeUnderlay(WG_PORT);
        try {
            atStop = peerIn(WgDump.read(WG), "right before the stop");
            stop = api.manageOk("interface", "update", "{\"name\":\"wg0\",\"status\":false}");
        } finally {
            net.thawUnderlay(WG_PORT);
        }
        assertFalse(Sh.run("ip", "-n", net.srv, "link", "show", WG).ok(), "wg0 is gone after status false: " + stop);
        Await.until("wg0's socket to go away", Duration.ofSeconds(15), () -> !WgDump.exists(WG));
        JsonNode stopped = api.client(CLIENT);
        assertEquals(atStop.tx(), download(stopped) - offsetDownload,
                "every byte sent before the stop is booked (download = tx): " + atStop + " vs " + view(stopped));
        assertEquals(atStop.rx(), upload(stopped) - offsetUpload,
                "every byte received before the stop is booked (upload = rx): " + atStop + " vs " + view(stopped));
        assertFalse(api.data().path("interfaces").get(0).path("status").asBoolean(), "interface shown down");

        // A sync while it is down keeps it down and books nothing.
        ApiClient.Reply whileDown = api.manageOk("sync", "trigger", "{}");
        assertTrue(whileDown.data().path("kernel_failures").isEmpty(), "sync while down: " + whileDown);
        assertFalse(WgDump.exists(WG), "the sync must not bring up an interface that should be down: " + whileDown);
        JsonNode down = api.client(CLIENT);
        assertEquals(download(stopped), download(down), view(down));
        assertEquals(upload(stopped), upload(down), view(down));
        assertFalse(down.path("connected_now").asBoolean(), "no interface, not connected: " + view(down));

        ApiClient.Reply start = api.manageOk("interface", "update", "{\"name\":\"wg0\",\"status\":true}");
        assertTrue(WgDump.exists(WG), "wg0 runs again after status true: " + start + "\n" + panel.tail(20));
        WgDump restarted = WgDump.read(WG);
        assertEquals(WG_PORT, restarted.listenPort());
        WgDump.Peer fresh = peerIn(restarted, "after the start");
        assertTrue(fresh.tx() < atStop.tx() && fresh.rx() < atStop.rx(), "a new interface starts its counters again: " + fresh);
        // The new peer starts from zero: everything it counts from now on is new usage.
        offsetDownload = download(stopped);
        offsetUpload = upload(stopped);

        awaitTunnel("after wg0 was started again");
        // More traffic than before the stop, so that "counted from zero" and "counted from the old reading" differ.
        WgDump.Peer grown = peerIn(WgDump.read(WG), "after the start");
        for (int i = 0; i < 10 && (grown.tx() <= atStop.tx() || grown.rx() <= atStop.rx()); i++) {
            assertTrue(net.pingFromClient(net.serverTunnelAddress(), 10, 2, "-i", "0.2", "-s", "1200").ok(), "ping after the start");
            grown = peerIn(WgDump.read(WG), "after the start");
        }
        assertTrue(grown.tx() > atStop.tx() && grown.rx() > atStop.rx(), "new counters exceed the old ones: " + grown + " vs " + atStop);
        Booking after = bookExactly("c, after the start");
        note(String.format("c: booked at the stop %d/%d, after the start %d/%d (kernel tx/rx of the new wg0 %d/%d)",
                download(stopped), upload(stopped), after.download(), after.upload(), after.before().tx(), after.before().rx()));
    }

    @Test
    @Order(4)
    @DisplayName("b'. the periodic sync (every sync_interval_seconds) books without a trigger")
    void periodicSyncBooks() {
        assumeTrue(clientReady, "scenario a did not bring the client up");
        assertTrue(net.pingFromClient(net.serverTunnelAddress(), 3, 2, "-i", "0.2").ok(), "ping");
        WgDump.Peer sent = peerIn(WgDump.read(WG), "after the pings");
        JsonNode before = api.client(CLIENT);
        assertTrue(download(before) - offsetDownload < sent.tx() && upload(before) - offsetUpload < sent.rx(),
                "the pings are not booked yet: " + view(before) + " vs " + sent);
        Instant tick = awaitPeriodicTick();
        JsonNode booked = api.client(CLIENT);
        WgDump.Peer now = peerIn(WgDump.read(WG), "after the periodic tick");
        note("periodic tick at " + tick + " booked " + view(booked) + "; kernel before " + sent + ", now " + now);
        assertTrue(download(booked) - offsetDownload >= sent.tx() && upload(booked) - offsetUpload >= sent.rx(),
                "the periodic tick booked the pings: " + view(booked) + " vs " + sent);
        assertTrue(download(booked) - offsetDownload <= now.tx() && upload(booked) - offsetUpload <= now.rx(),
                "never more than the kernel counted: " + view(booked) + " vs " + now);
    }

    @Test
    @Order(5)
    @DisplayName("d. a peer removed behind the panel's back is back after one sync")
    void removedPeerComesBack() {
        assumeTrue(clientReady, "scenario a did not bring the client up");
        bookExactly("d, before the removal");
        awaitQuietWindow();
        Sh.ok("wg", "set", WG, "peer", clientPublicKey, "remove");
        assertTrue(WgDump.read(WG).peer(clientPublicKey).isEmpty(), "the peer was removed behind the panel's back");

        ApiClient.Reply sync = api.manageOk("sync", "trigger", "{}");
        JsonNode report = sync.data();
        note("d: sync report " + report);
        assertTrue(report.path("kernel_failures").isEmpty(), "sync: " + sync);
        assertTrue(StreamSupport.stream(report.path("kernel_actions").spliterator(), false)
                        .map(JsonNode::asText).anyMatch(a -> a.contains(WG) && a.contains("missing")),
                "kernel_actions names the missing peer of wg0: " + sync);
        WgDump.Peer back = peerIn(WgDump.read(WG), "after the reconciling sync");
        assertEquals(clientAddress + "/32", back.allowedIps());
        assertTrue(back.hasPresharedKey(), "re-added with its preshared key");
        // The removal destroyed the kernel's counters; the re-added peer counts from zero on top of what was booked.
        JsonNode booked = api.client(CLIENT);
        offsetDownload = download(booked);
        offsetUpload = upload(booked);

        awaitTunnel("after the peer was re-added");
        assertTrue(net.pingFromClient(net.serverTunnelAddress(), 3, 2, "-i", "0.2").ok(), "ping after the re-add");
        bookExactly("d, after the re-add");
    }

    @Test
    @Order(6)
    @DisplayName("e. a client over its quota is disabled at the next sync and its tunnel is cut")
    void overQuotaIsDisabledAndCut() {
        assumeTrue(clientReady, "scenario a did not bring the client up");
        awaitQuietWindow();
        JsonNode current = api.client(CLIENT);
        long quota = download(current) + upload(current) + 1000;
        api.manageOk("client", "update", "{\"name\":\"%s\",\"traffic\":\"%d\"}".formatted(CLIENT, quota));
        JsonNode updated = api.client(CLIENT);
        assertEquals(Long.toString(quota), updated.path("traffic").asText(), view(updated));
        assertTrue(updated.path("status").asBoolean(), "still enabled below the quota: " + view(updated));

        assertTrue(net.pingFromClient(net.serverTunnelAddress(), 3, 2, "-i", "0.2", "-s", "1000").ok(), "ping to use the quota");
        ApiClient.Reply sync;
        WgDump.Peer atSync;
        JsonNode booked;
        WgDump after;
        net.freezeUnderlay(WG_PORT);
        try {
            atSync = peerIn(WgDump.read(WG), "right before the sync");
            assertTrue(atSync.tx() + offsetDownload + atSync.rx() + offsetUpload >= quota,
                    "the kernel counters exceed the quota before the sync: " + atSync);
            sync = api.manageOk("sync", "trigger", "{}");
            booked = api.client(CLIENT);
            after = WgDump.read(WG);
        } finally {
            net.thawUnderlay(WG_PORT);
        }
        note("e: sync report " + sync.data());
        assertTrue(StreamSupport.stream(sync.data().path("disabled").spliterator(), false)
                        .anyMatch(d -> CLIENT.equals(d.path("name").asText()) && "quota".equals(d.path("reason").asText())),
                "the report lists the client as disabled for its quota: " + sync);
        assertFalse(booked.path("status").asBoolean(), view(booked));
        assertEquals("quota", booked.path("disabled_reason").asText(), view(booked));
        assertEquals(atSync.tx(), download(booked) - offsetDownload, "final counters booked (download = tx): " + atSync + " vs " + view(booked));
        assertEquals(atSync.rx(), upload(booked) - offsetUpload, "final counters booked (upload = rx): " + atSync + " vs " + view(booked));
        assertTrue(download(booked) + upload(booked) >= quota, view(booked));
        assertTrue(after.peer(clientPublicKey).isEmpty(), "the disabled client's peer is gone: " + after.describe());
        assertTrue(sync.data().path("kernel_failures").isEmpty(), "sync: " + sync);

        Sh.Result cut = net.pingFromClient(net.serverTunnelAddress(), 2, 1);
        assertEquals(1, cut.exit(), "no reply through the tunnel of a disabled client: " + cut);

        ApiClient.Reply again = api.manageOk("sync", "trigger", "{}");
        assertTrue(WgDump.read(WG).peer(clientPublicKey).isEmpty(), "the next sync does not bring the peer back: " + again);
        assertTrue(again.data().path("disabled").isEmpty(), "nothing new to disable: " + again);
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers

    /**
     * What one triggered sync booked for the client, with the kernel's counters read right before the
     * request ({@code before}) and right after {@code /api/data} was read ({@code after}).
     */
    private record Booking(WgDump.Peer before, WgDump.Peer after, ApiClient.Reply report, JsonNode client) {
        long download() {
            return KernelEndToEndIT.download(client);
        }

        long upload() {
            return KernelEndToEndIT.upload(client);
        }

        boolean tight() {
            return before.tx() == after.tx() && before.rx() == after.rx();
        }
    }

    /**
     * Triggers a sync and proves the booking exact: usage - offset lies between the kernel readings
     * before and after, which pins it to the kernel's value when they are equal. Retried (each
     * attempt checked) until the two readings are equal, so the usual outcome is plain equality.
     */
    private Booking bookExactly(String step) {
        Booking booking = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            WgDump.Peer before = peerIn(WgDump.read(WG), step + ": before the sync");
            ApiClient.Reply report = api.manageOk("sync", "trigger", "{}");
            JsonNode client = api.client(CLIENT);
            WgDump.Peer after = peerIn(WgDump.read(WG), step + ": after the sync");
            booking = new Booking(before, after, report, client);
            String context = step + " (attempt " + attempt + "): kernel before " + before + ", after " + after
                    + ", offsets " + offsetDownload + "/" + offsetUpload + ", booked " + view(client) + ", report " + report.data();
            assertTrue(report.data().path("kernel_failures").isEmpty(), "no kernel failure: " + context);
            assertTrue(after.tx() >= before.tx() && after.rx() >= before.rx(),
                    "the peer's counters went backwards during the sync (the panel reset the peer): " + context);
            long download = booking.download() - offsetDownload;
            long upload = booking.upload() - offsetUpload;
            assertTrue(download >= before.tx() && download <= after.tx(),
                    "download must equal the kernel's tx at the sync (bytes the server sent to the client): " + context);
            assertTrue(upload >= before.rx() && upload <= after.rx(),
                    "upload must equal the kernel's rx at the sync (bytes the server received from the client): " + context);
            if (booking.tight()) {
                assertEquals(before.tx(), download, context);
                assertEquals(before.rx(), upload, context);
                note(step + ": booked exactly the kernel counters tx=" + before.tx() + " rx=" + before.rx()
                        + " (usage " + booking.download() + "/" + booking.upload() + ")");
                return booking;
            }
            note(step + ": counters moved during the sync (attempt " + attempt + "), booked value lies between: " + context);
        }
        return booking;
    }

    /**
     * Waits for the next periodic sync tick (dashboard.last_sync changes while the test triggers
     * nothing) and returns when it started.
     */
    private Instant awaitPeriodicTick() {
        String previous = api.data().path("dashboard").path("last_sync").path("at").asText("");
        long interval = syncIntervalSeconds();
        Await.until("a periodic sync tick (sync_interval_seconds = " + interval + ")", Duration.ofSeconds(interval + 30), () -> {
            String at = api.data().path("dashboard").path("last_sync").path("at").asText("");
            return !at.isEmpty() && !at.equals(previous);
        }, () -> "dashboard.last_sync: " + api.data().path("dashboard").path("last_sync") + "\n" + panel.tail(20));
        lastPeriodicTick = Instant.parse(api.data().path("dashboard").path("last_sync").path("at").asText());
        return lastPeriodicTick;
    }

    /**
     * Steps whose report must come from the test's own trigger (a re-added peer, a disabled client)
     * run right after a periodic tick: the scheduler waits sync_interval_seconds after a tick ends
     * before the next, so the next periodic tick is at least that far from the observed one, and
     * none can slip in between the test's change and its trigger.
     */
    private void awaitQuietWindow() {
        long interval = syncIntervalSeconds();
        assertTrue(interval >= 30, "this test needs sync_interval_seconds >= 30 (it is " + interval + ")");
        if (lastPeriodicTick == null || Duration.between(lastPeriodicTick, Instant.now()).toSeconds() > interval - 20) {
            awaitPeriodicTick();
        }
        note("quiet window: last periodic tick at " + lastPeriodicTick + ", next not before " + lastPeriodicTick.plusSeconds(interval));
    }

    private long syncIntervalSeconds() {
        return api.data().path("settings").path("sync_interval_seconds").asLong(60);
    }

    private WgDump.Peer peerIn(WgDump dump, String when) {
        return dump.peer(clientPublicKey).orElseThrow(() -> new AssertionError("wg0 has no peer for " + CLIENT + " " + when
                + ":\n" + dump.describe() + "\n" + panel.tail(30)));
    }

    /** Waits until a ping goes through (a client with a stale session re-handshakes after about 15 s). */
    private void awaitTunnel(String when) {
        Await.until("the tunnel to carry pings " + when, TUNNEL_BACK,
                () -> net.pingFromClient(net.serverTunnelAddress(), 1, 1).ok(),
                () -> WgDump.read(WG).describe() + "\nclient wireguard-go:\n" + tunnel.logText());
    }

    static long download(JsonNode client) {
        return client.path("used_trafic").path("download").asLong();
    }

    static long upload(JsonNode client) {
        return client.path("used_trafic").path("upload").asLong();
    }

    /** A client entry without its keys. */
    private static String view(JsonNode client) {
        return "{name=" + client.path("name").asText() + ", status=" + client.path("status") + ", traffic="
                + client.path("traffic").asText() + ", used_trafic=" + client.path("used_trafic") + ", connected_now="
                + client.path("connected_now") + ", last_handshake=" + client.path("last_handshake") + ", endpoint="
                + client.path("endpoint") + ", disabled_reason=" + client.path("disabled_reason") + "}";
    }

    private static void note(String line) {
        System.out.println("[kernel-e2e] " + line);
    }
}
