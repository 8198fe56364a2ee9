package io.candypanel.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.candypanel.bootstrap.CandyPanelApp;
import io.candypanel.bootstrap.config.ConfigLoader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web panel in headless Chromium against the whole panel in-process (real SQLite, Undertow on a
 * free port, WireGuard config-only, the SPA from the web-panel jar on the classpath): the script
 * {@code web-panel/src/e2e/panel.e2e.mjs} installs, logs in, creates a client, downloads its config,
 * disables it and switches to Persian. Screenshots go to {@code bootstrap/target/web-e2e/}.
 */
class WebPanelE2EIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("candypanel.chromium", "/usr/bin/chromium"));
    private static final Path WEB_PANEL = Path.of("..", "web-panel").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void installLoginCreateDisableAndPersianInARealBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail(CHROMIUM + " is missing: .ci/run must install Debian's chromium (apt-get install -y --no-install-recommends chromium)"
                    + " before this end-to-end test runs.");
        }
        Path playwright = WEB_PANEL.resolve("node_modules/playwright-core");
        assertTrue(Files.isDirectory(playwright), playwright + " is missing: build the web-panel module first (it runs npm ci)");
        List<String> args = List.of("--data-dir", work.resolve("data").toString(), "--wg-dir", work.resolve("wg").toString(),
                "--wg-mode", "config-only", "--bind", "127.0.0.1", "--port", "0");
        try (CandyPanelApp app = CandyPanelApp.start(new ConfigLoader(Map.of()).load(args), Clock.systemUTC())) {
            String url = "http://127.0.0.1:" + app.httpPort() + "/";
            Path screenshots = Path.of("target", "web-e2e").toAbsolutePath();
            Path log = work.resolve("e2e.log");
            Process node = new ProcessBuilder("node", "src/e2e/panel.e2e.mjs", url, screenshots.toString())
                    .directory(WEB_PANEL.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished = node.waitFor(180, TimeUnit.SECONDS);
            if (!finished) {
                node.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);
            assertTrue(finished, "the browser test did not finish in 180 s:\n" + output);
            assertEquals(0, node.exitValue(), "the browser test failed (screenshots in " + screenshots + File.separator + "):\n" + output);
            assertTrue(Files.exists(screenshots.resolve("05-persian-rtl.png")), "no screenshot of the Persian screen");
        }
    }
}
