package io.candypanel.bootstrap.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real panel jar, started inside a network namespace exactly as an operator would start it
 * ({@code ip netns exec NS java -jar candypanel.jar --port P --bind 0.0.0.0}, kernel mode from the
 * environment). {@code ip netns exec} execs, so the process we hold is the JVM itself: a SIGKILL
 * through its handle kills the panel and nothing else (wireguard-go, daemonized by wg-quick, lives on).
 */
final class PanelProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String namespace;
    private final Path jar;
    private final int port;
    private final Path dataDir;
    private final Path wgDir;
    private final Path logFile;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process process;
    private int starts;

    PanelProcess(String namespace, Path jar, int port, Path dataDir, Path wgDir, Path logFile) {
        this.namespace = namespace;
        this.jar = jar;
        this.port = port;
        this.dataDir = dataDir;
        this.wgDir = wgDir;
        this.logFile = logFile;
    }

    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the panel is already running");
        }
        starts++;
        int generation = starts;
        record("===== panel start #" + generation + " =====");
        ProcessBuilder builder = new ProcessBuilder("ip", "netns", "exec", namespace,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar.toString(), "--port", Integer.toString(port), "--bind", "0.0.0.0")
                .redirectErrorStream(true);
        builder.environment().put("CANDYPANEL_DATA_DIR", dataDir.toString());
        builder.environment().put("CANDYPANEL_WG_DIR", wgDir.toString());
        builder.environment().put("CANDYPANEL_WG_MODE", "kernel");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the panel", e);
        }
        Process started = process;
        CompletableFuture<Void> running = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    record(line);
                    if (line.contains("CandyPanel is running")) {
                        running.complete(null);
                    }
                }
            } catch (IOException e) {
                record("(output reader: " + e + ")");
            }
            running.completeExceptionally(new AssertionError("panel start #" + generation + " exited before it was running:\n"
                    + tail(60)));
        }, "panel-output-" + generation);
        reader.setDaemon(true);
        reader.start();
        try {
            running.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the panel did not report 'CandyPanel is running' within " + START_TIMEOUT + ":\n" + tail(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no final booking, no clean close of the database. */
    void kill9() {
        ProcessHandle handle = ProcessHandle.of(process.pid())
                .orElseThrow(() -> new AssertionError("the panel process " + process.pid() + " is already gone"));
        if (!handle.destroyForcibly()) {
            throw new AssertionError("SIGKILL to the panel (pid " + handle.pid() + ") was not delivered");
        }
        waitForExit(Duration.ofSeconds(30));
        record("===== panel killed with SIGKILL (exit " + process.exitValue() + ") =====");
    }

    /** SIGTERM, then SIGKILL if it does not exit in time. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.toHandle().destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.toHandle().destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.toHandle().destroyForcibly();
        }
        record("===== panel stopped =====");
    }

    private void waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the panel (pid " + process.pid() + ") did not exit within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<String> output() {
        return List.copyOf(output);
    }

    /** The last lines of the panel's output, for failure messages. */
    String tail(int lines) {
        List<String> all = output();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private void record(String line) {
        output.add(line);
        try {
            Files.writeString(logFile, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the in-memory copy is enough for failure messages
        }
    }
}
