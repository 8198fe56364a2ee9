package io.candypanel.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.bootstrap.CandyPanelApp;
import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.config.ConfigLoader;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.IpAllocator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web panel in headless Chromium against the whole panel in-process (real SQLite, Undertow on a
 * free port, WireGuard config-only, the SPA from the web-panel jar on the classpath): the script
 * {@code web-panel/src/e2e/panel.e2e.mjs} installs, logs in, creates a client, downloads its config,
 * opens its share page and sees the QR, disables it and switches to Persian; in its "seeded" mode it
 * opens the clients screen of a panel with 10,000 clients and finds one by search. Screenshots go to
 * {@code bootstrap/target/web-e2e/}.
 */
class WebPanelE2EIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("candypanel.chromium", "/usr/bin/chromium"));
    private static final Path WEB_PANEL = Path.of("..", "web-panel").toAbsolutePath().normalize();
    /** Must match the password the script logs in with. */
    private static final String PASSWORD = "e2e-admin-password";
    private static final int SEEDED = 10_000;

    @TempDir
    Path work;

    @Test
    void installLoginCreateShareDisableAndPersianInARealBrowser() throws Exception {
        try (CandyPanelApp app = CandyPanelApp.start(config(), Clock.systemUTC())) {
            Path screenshots = runScript(app, "full");
            assertTrue(Files.exists(screenshots.resolve("04a-share-page.png")), "no screenshot of the share page");
            assertTrue(Files.exists(screenshots.resolve("05-persian-rtl.png")), "no screenshot of the Persian screen");
        }
    }

    /**
     * 10,000 clients seeded straight through the ports (seeding is not what is measured): the script
     * logs in, prints the time from the click on "Clients" to the first rendered row, checks the total
     * and finds {@code seed-4242} by search.
     */
    @Test
    void clientsScreenWithTenThousandClientsInARealBrowser() throws Exception {
        try (CandyPanelApp app = CandyPanelApp.start(config(), Clock.systemUTC())) {
            install(app.httpPort());
            seed(app, SEEDED);
            Path screenshots = runScript(app, "seeded");
            assertTrue(Files.exists(screenshots.resolve("07-seeded-search.png")), "no screenshot of the search");
        }
    }

    private AppConfig config() {
        requireBrowser();
        return new ConfigLoader(Map.of()).load(List.of("--data-dir", work.resolve("data").toString(),
                "--wg-dir", work.resolve("wg").toString(), "--wg-mode", "config-only", "--bind", "127.0.0.1", "--port", "0"));
    }

    private static void requireBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail(CHROMIUM + " is missing: .ci/run must install Debian's chromium (apt-get install -y --no-install-recommends chromium)"
                    + " before this end-to-end test runs.");
        }
        Path playwright = WEB_PANEL.resolve("node_modules/playwright-core");
        assertTrue(Files.isDirectory(playwright), playwright + " is missing: build the web-panel module first (it runs npm ci)");
    }

    /** Runs the browser script in the given mode against the running panel; returns the screenshot directory. */
    private Path runScript(CandyPanelApp app, String mode) throws Exception {
        String url = "http://127.0.0.1:" + app.httpPort() + "/";
        Path screenshots = Path.of("target", "web-e2e").toAbsolutePath();
        Path log = work.resolve("e2e-" + mode + ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "src/e2e/panel.e2e.mjs", url, screenshots.toString(), mode)
                .directory(WEB_PANEL.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SEEDED_CLIENTS", String.valueOf(SEEDED));
        Process node = builder.start();
        boolean finished = node.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the browser test (" + mode + ") did not finish in 180 s:\n" + output);
        assertEquals(0, node.exitValue(), "the browser test (" + mode + ") failed (screenshots in " + screenshots + File.separator + "):\n" + output);
        return screenshots;
    }

    /** Installs the panel through the API, with a /16 range so that 10,000 clients fit on wg0. */
    private static void install(int port) throws Exception {
        String body = "{\"action\":\"install\",\"server_ip\":\"127.0.0.1\",\"wg_port\":51820,"
                + "\"wg_address_range\":\"10.8.0.1/16\",\"admin_user\":\"admin\",\"admin_password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"success\":true"), response.body());
    }

    /** Inserts {@code seed-0 .. seed-(count-1)} through the ports in batches (as ApiLoadBenchmark does). */
    private static void seed(CandyPanelApp app, int count) {
        UnitOfWorkPort unitOfWork = app.component(UnitOfWorkPort.class);
        ClientRepositoryPort clients = app.component(ClientRepositoryPort.class);
        WgInterface wg0 = app.component(InterfaceRepositoryPort.class).findById(InterfaceId.FIRST).orElseThrow();
        WgKeyGenerator keys = new WgKeyGenerator(new SecureRandom());
        Instant now = Instant.now();
        int batch = 500;
        for (int done = 0; done < count; done += batch) {
            int size = Math.min(batch, count - done);
            int offset = done;
            unitOfWork.run(() -> {
                List<Ipv4Address> taken = new ArrayList<>(clients.addressesOn(wg0.id()));
                for (int i = 0; i < size; i++) {
                    Ipv4Address address = IpAllocator.lowestFree(wg0.addressRange(), taken);
                    taken.add(address);
                    clients.insert(Client.create(new ClientName("seed-" + (offset + i)), wg0.id(), keys.newKeyPair(),
                            keys.newPresharedKey(), address, now, now.plus(Duration.ofDays(30)), new Quota(1L << 30), ""));
                }
            });
        }
    }
}
