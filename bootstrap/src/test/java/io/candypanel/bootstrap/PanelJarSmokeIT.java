package io.candypanel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real fat jar as an operator would and walks install → login → create → get_config → delete. */
class PanelJarSmokeIT {
    private static final Path JAR = Path.of("target", "candypanel.jar");

    @TempDir
    Path work;
    private Process panel;
    private final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopPanel() throws InterruptedException {
        if (panel != null && panel.isAlive()) {
            panel.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anOperatorCanInstallLoginAndManageAClientThroughTheJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the fat jar must be built before the ITs run: " + JAR.toAbsolutePath());
        int port = freePort();
        Path wgDir = work.resolve("wireguard");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1")
                .redirectErrorStream(true);
        builder.environment().put("CANDYPANEL_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("CANDYPANEL_WG_DIR", wgDir.toString());
        builder.environment().put("CANDYPANEL_WG_MODE", "config-only");
        panel = builder.start();
        CompletableFuture<Void> running = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(running), "panel-output");
        reader.setDaemon(true);
        reader.start();
        running.get(90, TimeUnit.SECONDS);

        assertTrue(output.stream().anyMatch(line -> line.contains("setup_token")),
                "a fresh panel prints its setup token for remote installs:\n" + String.join("\n", output));
        ApiClient api = new ApiClient(port);
        assertFalse(api.get("/check").body().path("installed").asBoolean());

        ApiClient.Reply install = api.install("smoke-password");
        assertEquals(200, install.status(), install.toString());
        assertTrue(api.get("/check").body().path("installed").asBoolean());
        api.login("smoke-password");

        ApiClient.Reply created = api.manage("client", "create",
                "{\"name\":\"alice\",\"expires\":\"2099-01-01T00:00:00Z\",\"traffic\":\"1073741824\"}");
        assertEquals(200, created.status(), created.toString());
        String config = created.data().path("client_config").asText();
        assertTrue(config.contains("Address = 10.0.0.2/32"), config);
        assertTrue(config.contains("Endpoint = 203.0.113.10:51820"), config);

        ApiClient.Reply fetched = api.manage("client", "get_config", "{\"name\":\"alice\"}");
        assertEquals(config, fetched.data().path("config").asText());
        String serverConfig = Files.readString(wgDir.resolve("wg0.conf"));
        assertTrue(serverConfig.contains("AllowedIPs = 10.0.0.2/32"), serverConfig);

        assertEquals(200, api.manage("client", "delete", "{\"name\":\"alice\"}").status());
        assertEquals(404, api.manage("client", "get_config", "{\"name\":\"alice\"}").status());
        assertFalse(Files.readString(wgDir.resolve("wg0.conf")).contains("10.0.0.2/32"));

        // SIGTERM through the handle: Process.destroy() would also close our end of its output pipe.
        panel.toHandle().destroy();
        assertTrue(panel.waitFor(30, TimeUnit.SECONDS), "the panel must exit after SIGTERM");
        reader.join(TimeUnit.SECONDS.toMillis(10)); // the last lines may still be in the pipe
        assertTrue(output.stream().anyMatch(line -> line.contains("HTTP API stopped")), String.join("\n", output));
    }

    private void readOutput(CompletableFuture<Void> running) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(panel.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.contains("CandyPanel is running")) {
                    running.complete(null);
                }
            }
            running.completeExceptionally(new AssertionError("the panel exited before it was running:\n" + String.join("\n", output)));
        } catch (IOException e) {
            running.completeExceptionally(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
