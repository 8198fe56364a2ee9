package io.candypanel.adapter.wireguard;

import static io.candypanel.adapter.wireguard.Fixtures.SERVER_PRIVATE;
import static io.candypanel.adapter.wireguard.Fixtures.threePeers;
import static io.candypanel.adapter.wireguard.Fixtures.wg0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.KernelSnapshot;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The adapter's own logic with the file writes replaced by a recorder; no file is touched. */
class WgConfigOnlyAdapterTest {
    private static final Path DIR = Path.of("/etc/wireguard");
    private static final String REASON = "kernel control arrives in a later release";

    private final Map<Path, String> written = new ConcurrentHashMap<>();

    private WgConfigOnlyAdapter adapter(ConfigFileWriter writer) {
        return new WgConfigOnlyAdapter(new WireGuardConfig(DIR, WireGuardConfig.Mode.AUTO), REASON, () -> "eth0", writer);
    }

    @Test
    void writesTheRenderingToWgNConfInTheConfigDirectory() {
        adapter(written::put).applyInterface(wg0(), threePeers());
        adapter(written::put).applyInterface(Fixtures.wg0OnAnotherId(12), List.of());

        assertEquals(new ServerConfigRenderer("eth0").render(wg0(), threePeers()), written.get(DIR.resolve("wg0.conf")));
        assertTrue(written.containsKey(DIR.resolve("wg12.conf")));
        assertEquals(2, written.size());
    }

    @Test
    void statusSaysPlainlyThatTheKernelIsNotDrivenAndWhy() {
        KernelStatus status = adapter(written::put).status();

        assertEquals(KernelStatus.Mode.CONFIG_ONLY, status.mode());
        assertEquals("Config-only mode: configs are written to /etc/wireguard but WireGuard is not driven "
                + "(kernel control arrives in a later release).", status.description());
    }

    @Test
    void refusesAMissingOrEmptyReason() {
        WireGuardConfig config = WireGuardConfig.defaults();
        assertThrows(IllegalArgumentException.class, () -> new WgConfigOnlyAdapter(config, " "));
        assertThrows(NullPointerException.class, () -> new WgConfigOnlyAdapter(config, null));
        assertThrows(NullPointerException.class, () -> new WgConfigOnlyAdapter(null, REASON));
    }

    @Test
    void detectsTheWanInterfaceOnceAndOnlyWhenFirstNeeded() {
        AtomicInteger detections = new AtomicInteger();
        WgConfigOnlyAdapter adapter = new WgConfigOnlyAdapter(WireGuardConfig.defaults(), REASON, () -> {
            detections.incrementAndGet();
            return "ens3";
        }, written::put);
        assertEquals(0, detections.get(), "constructing the adapter does no I/O");

        adapter.applyInterface(wg0(), List.of());
        adapter.applyInterface(wg0(), threePeers());

        assertEquals(1, detections.get());
        assertTrue(written.get(DIR.resolve("wg0.conf")).contains(" -o ens3 -j MASQUERADE"));
    }

    @Test
    void anIoFailureBecomesAKernelOperationExceptionNamingPathAndCause() {
        AccessDeniedException denied = new AccessDeniedException("/etc/wireguard/.wg0.conf.123.tmp", null, "Permission denied");
        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> adapter((target, content) -> { throw denied; }).applyInterface(wg0(), threePeers()));

        assertEquals("Could not write the WireGuard config /etc/wireguard/wg0.conf (AccessDeniedException: Permission denied).",
                e.getMessage());
        assertSame(denied, e.getCause());
    }

    @Test
    void aFileSystemWithoutPosixPermissionsIsRefusedRatherThanWrittenReadable() {
        UnsupportedOperationException noPosix = new UnsupportedOperationException("'posix:permissions' not supported as initial attribute");
        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> adapter((target, content) -> { throw noPosix; }).applyInterface(wg0(), List.of()));

        assertEquals("Could not write the WireGuard config /etc/wireguard/wg0.conf (UnsupportedOperationException).", e.getMessage());
        assertFalse(e.getMessage().contains(SERVER_PRIVATE));
    }

    @Test
    void aPeerSetThatCannotBeRenderedIsRefusedBeforeAnythingIsWritten() {
        Client disabled = Fixtures.alice();
        disabled.disable(DisabledReason.EXPIRED);

        assertThrows(IllegalArgumentException.class, () -> adapter(written::put).applyInterface(wg0(), List.of(disabled)));
        assertTrue(written.isEmpty());
    }

    @Test
    void theLiveOperationsOnlyWriteTheFile() {
        WgConfigOnlyAdapter adapter = adapter(written::put);
        Path file = DIR.resolve("wg0.conf");

        adapter.addPeer(wg0(), Fixtures.bob(), List.of(Fixtures.alice(), Fixtures.bob()));
        assertEquals(new ServerConfigRenderer("eth0").render(wg0(), List.of(Fixtures.alice(), Fixtures.bob())), written.get(file));

        adapter.removePeer(wg0(), new WgKey(Fixtures.ALICE_PUBLIC), List.of(Fixtures.bob()));
        assertEquals(new ServerConfigRenderer("eth0").render(wg0(), List.of(Fixtures.bob())), written.get(file));

        adapter.restartInterface(wg0(), threePeers());
        assertEquals(new ServerConfigRenderer("eth0").render(wg0(), threePeers()), written.get(file));
    }

    @Test
    void aDualStackInterfaceIsWrittenWithBothAddressesAndBothHostRoutes() {
        WgConfigOnlyAdapter adapter = adapter(written::put);
        Path file = DIR.resolve("wg0.conf");
        List<Client> peers = Fixtures.threeDualStackPeers();

        adapter.applyInterface(Fixtures.wg0DualStack(), peers);
        assertEquals(new ServerConfigRenderer("eth0").render(Fixtures.wg0DualStack(), peers), written.get(file));
        assertTrue(written.get(file).contains("\nAddress = 10.0.0.1/24, fd42:42:42::1/64\n"));
        assertTrue(written.get(file).contains("\nAllowedIPs = 10.0.0.2/32, fd42:42:42::2/128\n"));

        Client dave = Fixtures.withIpv6(Fixtures.client("dave", Fixtures.CAROL_PUBLIC, Fixtures.CAROL_PSK, "10.0.0.5"), "fd42:42:42::5");
        assertThrows(IllegalArgumentException.class, () -> adapter.addPeer(Fixtures.wg0DualStack(), dave,
                List.of(Fixtures.client("dave", Fixtures.CAROL_PUBLIC, Fixtures.CAROL_PSK, "10.0.0.5"))),
                "the listed copy lacks the IPv6 address the live change would carry");
    }

    @Test
    void theOnePeerPathsRefuseAFileThatWouldDisagreeWithTheChange() {
        WgConfigOnlyAdapter adapter = adapter(written::put);

        assertThrows(IllegalArgumentException.class, () -> adapter.addPeer(wg0(), Fixtures.bob(), List.of(Fixtures.alice())));
        assertThrows(IllegalArgumentException.class,
                () -> adapter.removePeer(wg0(), new WgKey(Fixtures.ALICE_PUBLIC), threePeers()));
        assertTrue(written.isEmpty());
    }

    @Test
    void readAllSeesNothingBecauseNothingIsDriven() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T23:00:00Z"), ZoneOffset.UTC);
        WgConfigOnlyAdapter adapter = new WgConfigOnlyAdapter(new WireGuardConfig(DIR, WireGuardConfig.Mode.AUTO), REASON, clock,
                () -> "eth0", written::put);

        assertEquals(KernelSnapshot.empty(clock.instant()), adapter.readAll());
    }

    /** Writes to one interface never overlap, even from 16 threads at once. */
    @Test
    void writesToOneInterfaceAreSerialised() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ConfigFileWriter slowWriter = (target, content) -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            long until = System.nanoTime() + 2_000_000; // widens the window in which an unserialised second writer would show up
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            inFlight.decrementAndGet();
        };
        WgConfigOnlyAdapter adapter = adapter(slowWriter);

        runConcurrently(16, thread -> adapter.applyInterface(wg0(), threePeers()));

        assertEquals(1, maxInFlight.get());
    }

    /** The lock is per interface: a slow wg0 write does not hold up wg1. */
    @Test
    void differentInterfacesDoNotWaitForEachOther() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        ConfigFileWriter meetingWriter = (target, content) -> {
            bothInside.countDown();
            try {
                if (!bothInside.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("the other interface's write never started: interfaces block each other");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        WgConfigOnlyAdapter adapter = adapter(meetingWriter);

        runConcurrently(2, thread -> adapter.applyInterface(Fixtures.wg0OnAnotherId(thread), List.of()));
    }

    private interface ThreadBody {
        void run(int thread) throws Exception;
    }

    private static void runConcurrently(int threads, ThreadBody body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 5; round++) {
                        body.run(thread);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
