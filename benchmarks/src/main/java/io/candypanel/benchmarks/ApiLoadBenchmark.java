package io.candypanel.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Load harness for the HTTP API: starts the whole panel in-process (real SQLite file, real Undertow
 * on loopback, config-only WireGuard writing into a temporary directory) and measures
 * <ol>
 *   <li>client creations per second through {@code POST /api/manage}, at several concurrencies;</li>
 *   <li>the time to serve {@code GET /api/data} with 10,000 clients (seeded through the ports, since
 *       seeding is not what is measured);</li>
 *   <li>the selling flow through {@code /bot_api}: orders submitted and approved per second (each
 *       approval creates a client and adds its peer), and one page of the order list.</li>
 * </ol>
 * Options: {@code --creates N} (default 1000 per concurrency level), {@code --clients N} (default 10000),
 * {@code --rounds N} (default 20 measured /api/data requests), {@code --orders N} (default 1000).
 */
public final class ApiLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    private ApiLoadBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = parse(args);
        int creates = options.getOrDefault("--creates", 1000);
        int clients = options.getOrDefault("--clients", 10_000);
        int rounds = options.getOrDefault("--rounds", 20);
        int orders = options.getOrDefault("--orders", 1000);

        Path work = Files.createTempDirectory("candypanel-bench");
        try {
            AppConfig config = new ConfigLoader(Map.of()).load(List.of(
                    "--data-dir", work.resolve("data").toString(), "--wg-dir", work.resolve("wireguard").toString(),
                    "--wg-mode", "config-only", "--bind", "127.0.0.1", "--port", "0"));
            try (CandyPanelApp app = CandyPanelApp.start(config, Clock.systemUTC())) {
                ApiLoadBenchmark bench = new ApiLoadBenchmark(app.httpPort());
                bench.installAndLogin();
                System.out.printf("CandyPanel API load harness (Java %s, %d cores)%n",
                        Runtime.version(), Runtime.getRuntime().availableProcessors());
                System.out.println();
                System.out.println("1. Client creations through POST /api/manage (config-only mode: each creation commits,");
                System.out.println("   then rewrites wg0.conf atomically under the kernel lock, one at a time)");
                int created = 0;
                for (int concurrency : new int[] {1, 4, 16}) {
                    created += bench.createClients("c" + concurrency + "-", creates, concurrency);
                }
                System.out.println();
                System.out.println("2. GET /api/data");
                for (int target : new int[] {1000, clients}) {
                    int have = created;
                    if (target > have) {
                        seed(app, have, target - have);
                        created = target;
                    }
                    bench.measureData(target, rounds);
                }
                System.out.println();
                System.out.printf("2b. The paged list and the poll, with %d clients%n", created);
                bench.measureGet("GET /api/clients (first page, 50)", "/api/clients", rounds);
                bench.measureGet("GET /api/clients?q=seed-4242 (search)", "/api/clients?q=seed-4242", rounds);
                bench.measureGet("GET /api/clients?sort=-usage&status=enabled&page=100", "/api/clients?sort=-usage&status=enabled&page=100", rounds);
                bench.measureGet("GET /api/summary", "/api/summary", rounds);
                System.out.println();
                System.out.printf("2c. The other screens' reads and the scrape, with %d clients%n", created);
                bench.measureGet("GET /api/dashboard", "/api/dashboard", rounds);
                bench.measureGet("GET /api/interfaces", "/api/interfaces", rounds);
                bench.measureGet("GET /api/settings", "/api/settings", rounds);
                bench.measureGet("GET /metrics", "/metrics", rounds);
                System.out.println();
                System.out.println("3. Selling flow through /bot_api (each approval creates a client and adds its peer)");
                bench.measureSelling(orders, rounds);
            }
        } finally {
            deleteRecursively(work);
        }
    }

    private void installAndLogin() throws IOException, InterruptedException {
        JsonNode install = post("/api/auth", Map.of("action", "install", "server_ip", "203.0.113.10", "wg_port", 51820,
                "wg_address_range", "10.8.0.1/16", "admin_user", "admin", "admin_password", "bench-password"));
        require(install, "install");
        JsonNode login = post("/api/auth", Map.of("action", "login", "username", "admin", "password", "bench-password"));
        token = require(login, "login").path("data").path("access_token").asText();
    }

    private int createClients(String prefix, int count, int concurrency) throws Exception {
        timed("client create", count, concurrency, i -> post("/api/manage", Map.of("resource", "client", "action", "create",
                "data", Map.of("name", prefix + i, "expires", "2099-01-01T00:00:00Z", "traffic", "10737418240"))));
        return count;
    }

    private void measureData(int clients, int rounds) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/data"))
                .header("Authorization", "Bearer " + token).GET().build();
        for (int i = 0; i < 5; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        long[] times = new long[rounds];
        int size = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            times[i] = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/api/data answered " + response.statusCode());
            }
            size = response.body().length;
        }
        JsonNode body = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        int listed = body.path("data").path("clients").size();
        if (listed != clients) {
            throw new IllegalStateException("expected " + clients + " clients in /api/data, got " + listed);
        }
        Arrays.sort(times);
        System.out.printf("   %5d clients: median %7.1f ms, p95 %7.1f ms, min %7.1f ms  (%d requests, %.1f MB each)%n",
                clients, times[rounds / 2] / 1e6, times[(int) (rounds * 0.95)] / 1e6, times[0] / 1e6, rounds, size / 1e6);
    }

    /** Median, p95 and min of {@code rounds} GETs of one path, after five warm-up requests. */
    private void measureGet(String label, String path, int rounds) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build();
        for (int i = 0; i < 5; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        long[] times = new long[rounds];
        int size = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            times[i] = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            size = response.body().length;
        }
        Arrays.sort(times);
        System.out.printf("   %-55s median %6.1f ms, p95 %6.1f ms, min %6.1f ms  (%d requests, %.1f kB each)%n",
                label, times[rounds / 2] / 1e6, times[(int) (rounds * 0.95)] / 1e6, times[0] / 1e6, rounds, size / 1e3);
    }

    private void measureSelling(int orders, int rounds) throws Exception {
        long admin = 987_654_321L;
        require(post("/api/manage", Map.of("resource", "setting", "action", "update", "data",
                Map.of("key", "telegram_bot_admin_id", "value", Long.toString(admin)))), "set the bot admin");
        timed("register", orders, 4, i -> post("/bot_api/user/register", Map.of("telegram_id", 1_000_000 + i)));
        timed("submit_transaction", orders, 4, i -> post("/bot_api/user/submit_transaction", Map.of("telegram_id", 1_000_000 + i,
                "order_id", "BENCH-" + i, "card_number_sent", "6037-0000-0000-" + i, "purchase_type", "gb", "quantity", 10)));
        timed("approve_transaction", orders, 4, i -> post("/bot_api/admin/approve_transaction",
                Map.of("telegram_id", admin, "order_id", "BENCH-" + i)));
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/bot_api/admin/get_transactions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(
                        Map.of("telegram_id", admin, "status_filter", "all", "limit", 100)))).build();
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(page, HttpResponse.BodyHandlers.ofByteArray());
            times[i] = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("get_transactions answered " + response.statusCode());
            }
        }
        Arrays.sort(times);
        System.out.printf("   get_transactions, first page of 100 among %d orders: median %6.2f ms, p95 %6.2f ms%n",
                orders, times[rounds / 2] / 1e6, times[(int) (rounds * 0.95)] / 1e6);
    }

    private interface Call {
        JsonNode run(int index) throws Exception;
    }

    private void timed(String what, int count, int concurrency, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[count];
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    require(call.run(i), what);
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("   %-20s concurrency %d: %5d in %6.2f s = %7.1f/s   latency p50 %6.2f ms, p95 %6.2f ms%n",
                what, concurrency, count, elapsed / 1e9, count / (elapsed / 1e9), latencies[count / 2] / 1e6,
                latencies[(int) (count * 0.95)] / 1e6);
    }

    /** Inserts clients straight through the ports, in batches, as the seed for the read benchmark. */
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

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    private static JsonNode require(JsonNode response, String what) {
        if (!response.path("success").asBoolean()) {
            throw new IllegalStateException(what + " failed: " + response);
        }
        return response;
    }

    private static Map<String, Integer> parse(String[] args) {
        java.util.HashMap<String, Integer> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], Integer.parseInt(args[i + 1]));
        }
        return options;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
