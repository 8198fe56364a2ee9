package io.candypanel.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.bootstrap.CandyPanelApp;
import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.config.ConfigLoader;
import io.candypanel.bootstrap.sync.SyncScheduler;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.IpAllocator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Kernel-mode sync benchmark: how long one sync tick takes next to the bare {@code wg show all dump}
 * it is built on, with 1,000 and 10,000 real peers, and how fast clients are created through the API
 * when every creation also changes a running interface.
 *
 * <p>Run it with {@code ./benchmark --kernel} (root, {@code ip}, {@code wg}, {@code wg-quick} and
 * {@code wireguard-go} needed). Options: {@code --runs N} measured repetitions per figure (default 21,
 * after 3 warm-ups), {@code --sizes 1000,10000}, {@code --creates N} (default 1000).
 *
 * <p>Everything happens in a network namespace it creates ({@code cpb} + 4 random characters): the
 * benchmark re-runs itself inside it with {@code ip netns exec}, so the in-process panel, the
 * {@code wg-quick} it calls (and the iptables rules of PostUp) and the userspace {@code wireguard-go}
 * all live there; the namespace, the interface and the temporary directory are removed afterwards.
 * The WireGuard socket directory is shared by all namespaces, so no other interface may be called
 * {@code wg0} meanwhile.
 *
 * <p>How the interface is built: the panel is installed (which brings wg0 up with {@code wg-quick},
 * falling back to wireguard-go, with the key the panel generated), the clients are seeded straight
 * into its database through the ports (random keys from {@link WgKeyGenerator}, addresses in the
 * install's /16), and the panel's own {@link KernelApplier#apply} loads them into the running wg0
 * with {@code wg syncconf} of its stripped config. So wg0 is exactly the panel's interface, built
 * through the panel's real code path, and the load time is reported too.
 *
 * <p>Measured: (1) {@code wg show all dump} as a process started from Java, until its output is read
 * and it exited; (2) {@code SyncUseCase.sync()} in-process, in steady state (idle peers: nothing
 * changes, the batched client update is empty) and with every client changed (before each measured
 * tick, untimed, every client's stored counters are set to 1/1, so the tick must write all of them
 * back: the cost of a tick that books traffic for every client); (3) client creations through
 * {@code POST /api/manage} in kernel mode (each adds a peer live with {@code wg set} and rewrites
 * the config file), one HTTP client. The periodic scheduler is stopped so it cannot land inside a
 * measurement. Figures are printed, never asserted.
 */
public final class KernelSyncBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WG_RUN = Path.of("/var/run/wireguard");
    private static final String WG = "wg0";
    private static final int WARMUPS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CandyPanelApp app;
    private final String base;
    private String token;

    private KernelSyncBenchmark(CandyPanelApp app) {
        this.app = app;
        this.base = "http://127.0.0.1:" + app.httpPort();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.inside) {
            runInside(options);
        } else {
            System.exit(runOutside(options, args));
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // outside: create the namespace, run the benchmark in it, clean up

    private static int runOutside(Options options, String[] args) throws Exception {
        require("0".equals(run("id", "-u").out.strip()), "the kernel benchmark needs root (network namespaces, wg-quick)");
        for (String tool : List.of("ip", "wg", "wg-quick", "wireguard-go", "iptables")) {
            require(run("sh", "-c", "command -v " + tool).exit == 0, "the kernel benchmark needs '" + tool + "' on the PATH");
        }
        require(!Files.exists(WG_RUN.resolve(WG + ".sock")), WG_RUN.resolve(WG + ".sock") + " exists: another WireGuard "
                + "interface called wg0 runs on this host (the socket directory is shared by every namespace); stop it first");
        String namespace = "cpb" + randomId();
        Path work = Files.createTempDirectory("candypanel-kernel-bench");
        Thread hook = new Thread(() -> cleanUp(namespace, work), "kernel-benchmark-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            check(run("ip", "netns", "add", namespace));
            check(run("ip", "-n", namespace, "link", "set", "lo", "up"));
            List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", namespace,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms512m", "-Xmx2g",
                    "-cp", System.getProperty("java.class.path"), KernelSyncBenchmark.class.getName(), "--inside", namespace,
                    "--work", work.toString()));
            command.addAll(Arrays.asList(args));
            Process inner = new ProcessBuilder(command).inheritIO().start();
            return inner.waitFor();
        } finally {
            cleanUp(namespace, work);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // called from the hook
            }
        }
    }

    /**
     * Deletes the namespace's WireGuard links (wireguard-go exits), ends what still runs there by PID,
     * deletes the namespace and the temporary directory. Idempotent (runs again from the shutdown hook).
     */
    private static synchronized void cleanUp(String namespace, Path work) {
        if (run("ip", "netns", "list").out.lines().anyMatch(l -> l.split("\\s")[0].equals(namespace))) {
            // The benchmark JVM first (if still running): a running panel would bring a deleted wg0 back up.
            stop(pidsIn(namespace).stream().filter(pid -> !isWireguardGo(pid)).toList(), Duration.ofSeconds(15));
            // Deleting the link ends wireguard-go, which removes its socket.
            for (String line : run("ip", "-n", namespace, "-o", "link", "show").out.split("\n")) {
                String[] fields = line.split(":\\s+");
                if (fields.length > 1 && fields[1].matches("wg\\d+")) {
                    run("ip", "-n", namespace, "link", "del", fields[1]);
                }
            }
            List<Long> rest = pidsIn(namespace);
            if (!await(Duration.ofSeconds(5), () -> allGone(rest))) {
                stop(rest, Duration.ofSeconds(10)); // SIGTERM: wireguard-go removes its socket; SIGKILL as a last resort
            }
            run("ip", "netns", "del", namespace);
            if (!await(Duration.ofSeconds(10), () -> !Files.exists(WG_RUN.resolve(WG + ".sock")))) {
                System.err.println("warning: " + WG_RUN.resolve(WG + ".sock") + " is still there after the cleanup");
            }
            System.out.println();
            System.out.println("Cleaned up: namespace " + namespace + " and its interfaces removed.");
        }
        try {
            if (Files.exists(work)) {
                deleteRecursively(work);
            }
        } catch (IOException e) {
            System.err.println("warning: could not delete " + work + ": " + e);
        }
    }

    /** PIDs of the processes in the namespace; all of them were started by this benchmark. */
    private static List<Long> pidsIn(String namespace) {
        List<Long> pids = new ArrayList<>();
        for (String pid : run("ip", "netns", "pids", namespace).out.split("\\s+")) {
            if (!pid.isBlank()) {
                pids.add(Long.parseLong(pid.strip()));
            }
        }
        return pids;
    }

    private static boolean isWireguardGo(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(c -> c.endsWith("/wireguard-go")).orElse(false);
    }

    private static boolean allGone(List<Long> pids) {
        return pids.stream().noneMatch(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
    }

    /** SIGTERM, then SIGKILL after the grace. */
    private static void stop(List<Long> pids, Duration grace) {
        if (pids.isEmpty()) {
            return;
        }
        pids.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroy));
        if (!await(grace, () -> allGone(pids))) {
            pids.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly));
            await(Duration.ofSeconds(10), () -> allGone(pids));
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // inside the namespace

    private static void runInside(Options options) throws Exception {
        Path work = options.work;
        List<Row> rows = new ArrayList<>();
        List<String> createLines = new ArrayList<>();
        try {
            AppConfig config = new ConfigLoader(Map.of()).load(List.of(
                    "--data-dir", work.resolve("data").toString(), "--wg-dir", work.resolve("wireguard").toString(),
                    "--wg-mode", "kernel", "--bind", "127.0.0.1", "--port", "0"));
            try (CandyPanelApp app = CandyPanelApp.start(config, Clock.systemUTC())) {
                app.component(SyncScheduler.class).stop();
                KernelSyncBenchmark bench = new KernelSyncBenchmark(app);
                System.out.printf("CandyPanel kernel sync benchmark (Java %s, %d cores, %s, namespace %s)%n",
                        Runtime.version(), Runtime.getRuntime().availableProcessors(),
                        run("wireguard-go", "--version").out.lines().findFirst().orElse("wireguard-go ?"), options.namespace);
                System.out.printf("%d measured runs per figure after %d warm-ups; medians, with min and max. Load average at start: %s%n%n",
                        options.runs, WARMUPS, loadAverage());
                bench.installAndLogin();
                require(peerCount() == 0, "wg0 must run, empty, after install");
                int have = 0;
                for (int size : options.sizes) {
                    require(size >= have, "sizes must grow (" + size + " after " + have + " clients)");
                    seed(app, have, size - have);
                    have = size;
                    long loadStart = System.nanoTime();
                    require(app.component(KernelApplier.class).apply(InterfaceId.FIRST).applied(), "loading the peers failed");
                    long loadNanos = System.nanoTime() - loadStart;
                    require(peerCount() == size, "wg0 has " + peerCount() + " peers, expected " + size);
                    System.out.printf("%,d peers loaded into the running wg0 by the panel (wg syncconf) in %.0f ms%n",
                            size, loadNanos / 1e6);
                    Row row = bench.measure(size, options.runs, loadNanos);
                    rows.add(row);
                    row.print(System.out);
                    if (size == options.sizes[0] && options.creates > 0) {
                        String line = bench.createThroughApi(options.creates, size);
                        createLines.add(line);
                        System.out.println(line);
                        have += options.creates;
                    }
                    System.out.println();
                }
                System.out.println("Summary");
                System.out.println("| peers | load (syncconf) | wg show all dump | sync tick, steady | ratio | sync tick, every client changed | ratio |");
                System.out.println("|------:|----------------:|-----------------:|------------------:|------:|--------------------------------:|------:|");
                for (Row row : rows) {
                    System.out.printf("| %,d | %.0f ms | %.1f ms | %.1f ms | %.2fx %s | %.1f ms | %.2fx |%n", row.peers,
                            row.loadNanos / 1e6, median(row.dump) / 1e6, median(row.steady) / 1e6, row.ratio(row.steady),
                            row.ratio(row.steady) <= 2.0 ? "(goal <= 2x met)" : "(goal <= 2x NOT met)",
                            median(row.busy) / 1e6, row.ratio(row.busy));
                }
                createLines.forEach(System.out::println);
                System.out.println("Load average at the end: " + loadAverage());
            }
        } finally {
            run("ip", "link", "del", WG);
            await(Duration.ofSeconds(10), () -> !Files.exists(WG_RUN.resolve(WG + ".sock")));
            deleteRecursively(work);
        }
    }

    private Row measure(int size, int runs, long loadNanos) throws IOException, InterruptedException {
        SyncUseCase sync = app.component(SyncUseCase.class);
        long dumpBytes = 0;
        for (int i = 0; i < WARMUPS; i++) {
            dumpBytes = timeDump()[1];
            checkSteady(sync.sync(), size);
        }
        // Round robin, so that a burst of load on the machine hits all three figures alike.
        long[] dump = new long[runs];
        long[] steady = new long[runs];
        long[] busy = new long[runs];
        ClientRepositoryPort clients = app.component(ClientRepositoryPort.class);
        int clientCount = (int) clients.count();
        for (int i = 0; i < runs; i++) {
            dump[i] = timeDump()[0];

            long t0 = System.nanoTime();
            SyncReport report = sync.sync();
            steady[i] = System.nanoTime() - t0;
            checkSteady(report, size);

            markEveryClientChanged();
            t0 = System.nanoTime();
            report = sync.sync();
            busy[i] = System.nanoTime() - t0;
            require(report.clientsUpdated() == clientCount, "the busy tick updated " + report.clientsUpdated() + " of " + clientCount);
            require(report.kernelFailures().isEmpty() && report.kernelActions().isEmpty(), "busy tick: " + report);
        }
        // Where a steady tick's time goes (each part timed alone; they overlap, they do not add up exactly).
        WireGuardPort wireGuard = app.component(WireGuardPort.class);
        long[] readAll = new long[runs];
        long[] findAll = new long[runs];
        long[] findEnabled = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            wireGuard.readAll();
            long t1 = System.nanoTime();
            clients.findAll();
            long t2 = System.nanoTime();
            clients.findEnabledOn(InterfaceId.FIRST);
            long t3 = System.nanoTime();
            readAll[i] = t1 - t0;
            findAll[i] = t2 - t1;
            findEnabled[i] = t3 - t2;
        }
        String parts = String.format("  parts of a tick, each timed alone (medians): adapter readAll (wg show all dump + parse)"
                + " %.1f ms, clients.findAll %.1f ms, clients.findEnabledOn(wg0) %.1f ms",
                median(readAll) / 1e6, median(findAll) / 1e6, median(findEnabled) / 1e6);
        return new Row(size, loadNanos, dumpBytes, dump, steady, busy, parts);
    }

    private static void checkSteady(SyncReport report, int size) {
        require(report.kernelFailures().isEmpty(), "kernel failures: " + report.kernelFailures());
        require(report.kernelActions().isEmpty(), "a steady tick changed the kernel: " + report.kernelActions());
        require(report.peersRead() >= size, "the tick read " + report.peersRead() + " peers, expected at least " + size);
    }

    /** Untimed: every client's stored counters become 1/1, so the next tick (kernel says 0/0) must write every client back. */
    private void markEveryClientChanged() {
        UnitOfWorkPort unitOfWork = app.component(UnitOfWorkPort.class);
        ClientRepositoryPort clients = app.component(ClientRepositoryPort.class);
        unitOfWork.run(() -> {
            List<Client> all = clients.findOn(InterfaceId.FIRST);
            for (Client client : all) {
                client.recordCounters(new KernelCounters(1, 1));
            }
            clients.updateAll(all);
        });
    }

    /** {@code wg show all dump} as a process: [nanoseconds until its output was read and it exited, bytes of output]. */
    private static long[] timeDump() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder("wg", "show", "all", "dump").redirectErrorStream(true).start();
        long bytes;
        try (InputStream out = process.getInputStream()) {
            bytes = out.transferTo(java.io.OutputStream.nullOutputStream());
        }
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - t0;
        require(exit == 0, "wg show all dump exited " + exit);
        return new long[] {elapsed, bytes};
    }

    private String createThroughApi(int count, int basePeers) throws IOException, InterruptedException {
        long[] latencies = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            require(post("/api/manage", Map.of("resource", "client", "action", "create", "data",
                    Map.of("name", "api-" + i, "expires", "2099-01-01T00:00:00Z", "traffic", "10737418240"))), "create api-" + i);
            latencies[i] = System.nanoTime() - t0;
        }
        long elapsed = System.nanoTime() - start;
        require(peerCount() == basePeers + count, "wg0 has " + peerCount() + " peers after the creations, expected " + (basePeers + count));
        SyncReport after = app.component(SyncUseCase.class).sync();
        require(after.kernelActions().isEmpty() && after.kernelFailures().isEmpty(), "drift after the creations: " + after);
        Arrays.sort(latencies);
        return String.format("API: %,d client creations in kernel mode on a %,d-peer wg0 (1 HTTP client): %.2f s = %.1f creations/s,"
                        + " latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; every peer live in wg0, next sync found no drift",
                count, basePeers, elapsed / 1e9, count / (elapsed / 1e9), latencies[count / 2] / 1e6,
                latencies[(int) (count * 0.95)] / 1e6, latencies[count - 1] / 1e6);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int peerCount() {
        Result dump = run("wg", "show", WG, "dump");
        require(dump.exit == 0, "wg show wg0 dump failed: " + dump.err);
        return (int) dump.out.lines().count() - 1;
    }

    /** Inserts clients straight through the ports, in batches (seeding is not what is measured). */
    private static void seed(CandyPanelApp app, int firstIndex, int count) {
        UnitOfWorkPort unitOfWork = app.component(UnitOfWorkPort.class);
        ClientRepositoryPort clients = app.component(ClientRepositoryPort.class);
        WgInterface wg0 = app.component(InterfaceRepositoryPort.class).findById(InterfaceId.FIRST).orElseThrow();
        WgKeyGenerator keys = new WgKeyGenerator(new SecureRandom());
        Instant now = Instant.now();
        int batch = 500;
        for (int done = 0; done < count; done += batch) {
            int size = Math.min(batch, count - done);
            int offset = firstIndex + done;
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

    private void installAndLogin() throws IOException, InterruptedException {
        require(post("/api/auth", Map.of("action", "install", "server_ip", "203.0.113.10", "wg_port", 51820,
                "wg_address_range", "10.8.0.1/16", "admin_user", "admin", "admin_password", "bench-password")), "install");
        JsonNode login = post("/api/auth", Map.of("action", "login", "username", "admin", "password", "bench-password"));
        require(login, "login");
        token = login.path("data").path("access_token").asText();
    }

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    // ----------------------------------------------------------------------------------------------------------------
    // small helpers

    private record Row(int peers, long loadNanos, long dumpBytes, long[] dump, long[] steady, long[] busy, String parts) {
        double ratio(long[] sync) {
            return (double) median(sync) / median(dump);
        }

        void print(java.io.PrintStream out) {
            out.printf("  wg show all dump (process, %,d bytes): median %7.1f ms  (min %.1f, max %.1f)%n",
                    dumpBytes, median(dump) / 1e6, min(dump) / 1e6, max(dump) / 1e6);
            out.printf("  sync tick, steady state:              median %7.1f ms  (min %.1f, max %.1f)  = %.2fx the dump%n",
                    median(steady) / 1e6, min(steady) / 1e6, max(steady) / 1e6, ratio(steady));
            out.printf("  sync tick, every client changed:      median %7.1f ms  (min %.1f, max %.1f)  = %.2fx the dump%n",
                    median(busy) / 1e6, min(busy) / 1e6, max(busy) / 1e6, ratio(busy));
            out.println(parts);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static final class Options {
        boolean inside;
        String namespace = "";
        Path work;
        int runs = 21;
        int[] sizes = {1000, 10_000};
        int creates = 1000;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--inside" -> {
                        options.inside = true;
                        options.namespace = args[++i];
                    }
                    case "--work" -> options.work = Path.of(args[++i]);
                    case "--runs" -> options.runs = Integer.parseInt(args[++i]);
                    case "--creates" -> options.creates = Integer.parseInt(args[++i]);
                    case "--sizes" -> options.sizes = Arrays.stream(args[++i].split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
                    case "--kernel" -> { } // the ./benchmark switch, harmless here
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --runs N, --sizes 1000,10000, --creates N)");
                }
            }
            require(options.runs > 0, "--runs must be positive");
            require(!options.inside || options.work != null, "--inside needs --work");
            return options;
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            byte[] err;
            byte[] out;
            // outputs here are small; read stderr on a helper thread so neither pipe can fill up
            java.util.concurrent.CompletableFuture<byte[]> errFuture = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            out = process.getInputStream().readAllBytes();
            err = errFuture.join();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(127, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(Result result) {
        require(result.exit == 0, "command failed (exit " + result.exit + "): " + result.err.strip());
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return true;
    }

    private static String randomId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static JsonNode require(JsonNode response, String what) {
        if (!response.path("success").asBoolean()) {
            throw new IllegalStateException(what + " failed: " + response);
        }
        return response;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
