package io.candypanel.bootstrap.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What every kernel end-to-end test sets up and tears down: it checks that this machine can run the
 * test, builds a fresh {@link Topology}, starts the built jar in SRV ({@link PanelProcess}), installs
 * it through the API, and on {@link #close()} removes everything and checks that nothing is left
 * behind (namespaces, WireGuard sockets, the test's directory).
 *
 * <p>A plain object the test class holds and drives from its own {@code @BeforeAll} ({@link #start()}),
 * {@code @BeforeEach} ({@link #assertPanelRuns()}) and {@code @AfterAll} ({@link #close()}), so the
 * order of the lifecycle stays visible in the test. Each test gets its own fixture, so its own topology
 * and panel: the test classes share nothing but the helpers.
 */
final class KernelPanel implements AutoCloseable {
    /** The panel names its first interface wg0. */
    static final String WG = "wg0";
    static final int WG_PORT = 51820;
    private static final Path JAR = Path.of("target", "candypanel.jar").toAbsolutePath();
    private static final Path LOG_DIR = Path.of("target", "kernel-e2e").toAbsolutePath();
    private static final int HTTP_PORT = 3446;

    private final String logName;
    private final List<String> tools;
    private final Consumer<String> note;

    private Topology net;
    private Path work;
    private Path dataDir;
    private PanelProcess panel;
    private ApiClient api;
    private ClientTunnel tunnel;

    /**
     * @param logName the panel's log is {@code target/kernel-e2e/<logName>-<topology id>.log}
     * @param tools the commands the test needs, checked in this order
     * @param note where the fixture reports the topology and the panel's pid (the test's own log prefix)
     */
    KernelPanel(String logName, List<String> tools, Consumer<String> note) {
        this.logName = Objects.requireNonNull(logName, "logName");
        this.tools = List.copyOf(tools);
        this.note = Objects.requireNonNull(note, "note");
    }

    /**
     * Checks the prerequisites, then builds the topology and starts the panel in SRV. Whatever it
     * created before a failure is still removed by {@link #close()}.
     */
    void start() throws IOException {
        // A missing prerequisite fails rather than skips: a skipped proof proves nothing (.ci/run installs them).
        assertTrue("0".equals(Sh.run("id", "-u").out().strip()), "the kernel end-to-end test needs root");
        for (String tool : tools) {
            assertTrue(Sh.run("sh", "-c", "command -v " + tool).ok(),
                    "the kernel end-to-end test needs " + tool + " (apt-get install wireguard-tools wireguard-go iproute2 iptables iputils-ping)");
        }
        assertTrue(Files.isRegularFile(JAR), "the fat jar must be built before the ITs run: " + JAR);
        assertFalse(Files.exists(Topology.WG_RUN.resolve("wg0.sock")),
                "/var/run/wireguard/wg0.sock exists: another WireGuard interface named wg0 runs on this host (in some "
                        + "network namespace; the socket directory is shared by all of them). The panel names its first "
                        + "interface wg0, so this test cannot run next to it. Stop it (wg show wg0; ip link del wg0) and retry.");
        Files.createDirectories(LOG_DIR);
        net = Topology.create();
        work = Files.createTempDirectory("cpe" + net.id + "-");
        net.deleteOnClose(work);
        dataDir = work.resolve("data");
        Path wgDir = work.resolve("wireguard");
        Files.createDirectories(dataDir);
        Files.createDirectories(wgDir);
        note.accept("topology: " + net.describe().orElse(""));
        Path log = LOG_DIR.resolve(logName + "-" + net.id + ".log");
        panel = new PanelProcess(net.srv, JAR, HTTP_PORT, dataDir, wgDir, log);
        panel.start();
        note.accept("panel running in " + net.srv + " as pid " + panel.pid() + ", log " + log);
        api = new ApiClient(net.managementPanelAddress(), HTTP_PORT);
    }

    /** For {@code @BeforeEach}: a scenario runs only against a live panel. */
    void assertPanelRuns() {
        assumeTrue(net != null, "the topology was not created");
        if (!panel.isAlive()) {
            fail("the panel is not running (an earlier step left it dead):\n" + panel.tail(40));
        }
    }

    /**
     * Installs the panel as a remote admin does: from the management address, with the setup token
     * the panel wrote to its data directory, the server's underlay address as {@code server_ip} and the
     * topology's IPv4 tunnel range (its server address as DNS). Then logs in as admin.
     *
     * @param what names the install in the failure message
     * @param extraFields further install fields (the dual-stack ones), added as strings
     */
    void install(String what, String password, Map<String, String> extraFields) throws IOException {
        Path tokenFile = dataDir.resolve("setup-token");
        Await.until("the setup token file", Duration.ofSeconds(10), () -> Files.exists(tokenFile));
        String setupToken = Files.readString(tokenFile).strip();
        ObjectNode request = ApiClient.JSON.createObjectNode()
                .put("action", "install")
                .put("server_ip", net.underlayServerAddress())
                .put("wg_port", WG_PORT)
                .put("wg_address_range", net.tunnelRange())
                .put("wg_dns", net.serverTunnelAddress());
        new TreeMap<>(extraFields).forEach(request::put);
        request.put("admin_user", "admin")
                .put("admin_password", password)
                .put("setup_token", setupToken);
        ApiClient.Reply install = api.post("/api/auth", request.toString());
        assertEquals(200, install.status(), what + ": " + install + "\n" + panel.tail(40));
        api.login(password);
    }

    /** Brings a client config up in CLI with its own wireguard-go; {@link #close()} takes it down first. */
    ClientTunnel startClient(String config) {
        tunnel = ClientTunnel.start(net, config, work);
        return tunnel;
    }

    Topology net() {
        return net;
    }

    PanelProcess panel() {
        return panel;
    }

    ApiClient api() {
        return api;
    }

    /**
     * Stops the client and the panel, removes the topology and the test's directory, and fails if
     * anything is left behind: a namespace named {@code cpe…}, the panel's or the client's WireGuard
     * socket, the directory.
     */
    @Override
    public void close() {
        List<String> problems = new ArrayList<>();
        if (tunnel != null) {
            tunnel.close();
        }
        if (panel != null) {
            panel.close();
        }
        if (net != null) {
            try {
                net.close();
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
            if (work != null && Files.exists(work)) {
                problems.add("the test's directory " + work + " is still there after the cleanup");
            }
            List<String> leftover = Topology.leftoverNamespaces();
            if (!leftover.isEmpty()) {
                problems.add("network namespaces left behind: " + leftover);
            }
            if (Files.exists(Topology.WG_RUN.resolve("wg0.sock"))) {
                problems.add("/var/run/wireguard/wg0.sock is still there after the cleanup");
            }
            if (Files.exists(Topology.WG_RUN.resolve(net.clientInterface + ".sock"))) {
                problems.add("the client's WireGuard socket is still there after the cleanup");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
