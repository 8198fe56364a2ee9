package io.candypanel.adapter.wireguard;

import static io.candypanel.adapter.wireguard.Fixtures.ALICE_PSK;
import static io.candypanel.adapter.wireguard.Fixtures.ALICE_PUBLIC;
import static io.candypanel.adapter.wireguard.Fixtures.BOB_PSK;
import static io.candypanel.adapter.wireguard.Fixtures.BOB_PUBLIC;
import static io.candypanel.adapter.wireguard.Fixtures.CAROL_PSK;
import static io.candypanel.adapter.wireguard.Fixtures.CLIENT_PRIVATE;
import static io.candypanel.adapter.wireguard.Fixtures.SERVER_PRIVATE;
import static io.candypanel.adapter.wireguard.Fixtures.alice;
import static io.candypanel.adapter.wireguard.Fixtures.bob;
import static io.candypanel.adapter.wireguard.Fixtures.threeDualStackPeers;
import static io.candypanel.adapter.wireguard.Fixtures.threePeers;
import static io.candypanel.adapter.wireguard.Fixtures.wg0;
import static io.candypanel.adapter.wireguard.Fixtures.wg0DualStack;
import static io.candypanel.adapter.wireguard.Fixtures.withIpv6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.wireguard.FakeKernel.Call;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter's decisions against {@link FakeKernel}: which commands run in which state, in what
 * order, with which file on disk at that moment. Files are real (a temp directory); no process runs.
 */
class WgCliAdapterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T23:00:00Z"), ZoneOffset.UTC);
    private static final List<String> SECRETS = List.of(SERVER_PRIVATE, CLIENT_PRIVATE, ALICE_PSK, BOB_PSK, CAROL_PSK);
    private static final String SHOW = "wg show interfaces";

    @TempDir
    Path dir;

    private final ServerConfigRenderer renderer = new ServerConfigRenderer("eth0");
    private final List<FakeKernel> kernels = new ArrayList<>();
    private String up;
    private String down;

    @BeforeEach
    void commandLines() {
        up = "wg-quick up " + dir.resolve("wg0.conf");
        down = "wg-quick down " + dir.resolve("wg0.conf");
    }

    /** Whatever a test did: wg setconf never ran, and no key but a public one was ever an argument. */
    @AfterEach
    void neverSetconfAndNoSecretInAnyArgument() {
        for (FakeKernel kernel : kernels) {
            for (Call call : kernel.calls()) {
                assertFalse(call.argv().contains("setconf"), call.line());
                for (String argument : call.argv()) {
                    for (String secret : SECRETS) {
                        assertFalse(argument.contains(secret), "key material in the arguments of " + call.line());
                    }
                }
            }
        }
    }

    @Test
    void statusSaysKernelModeAndWhereTheConfigsAre() {
        KernelStatus status = adapter(kernel()).status();

        assertEquals(KernelStatus.Mode.KERNEL, status.mode());
        assertEquals("Kernel mode: WireGuard interfaces are driven with wg and wg-quick (configs in " + dir + ").",
                status.description());
    }

    @Test
    void applyStartsAStoppedInterfaceWithWgQuickFromTheWrittenFile() throws IOException {
        FakeKernel kernel = kernel();

        adapter(kernel).applyInterface(wg0(), threePeers());

        assertEquals(List.of(SHOW, up), kernel.lines());
        assertEquals(Optional.of(renderer.render(wg0(), threePeers())), kernel.calls().get(1).fileAtCall(),
                "the file is complete before wg-quick reads it");
        assertEquals(renderer.render(wg0(), threePeers()), file());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(dir.resolve("wg0.conf")));
        assertTrue(kernel.runningNow().contains("wg0"));
    }

    /** wg-quick up loads every peer and runs hooks: it gets a minute; wg itself keeps the runner's default. */
    @Test
    void wgQuickGetsALongerTimeoutThanWg() {
        FakeKernel kernel = kernel();

        adapter(kernel).applyInterface(wg0(), threePeers());

        assertEquals(Optional.empty(), kernel.calls().get(0).timeout());
        assertEquals(Optional.of(Duration.ofSeconds(60)), kernel.calls().get(1).timeout());
    }

    @Test
    void applyOnARunningInterfaceSyncsThePeersThroughStdin() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0(), List.of(alice()));

        adapter(kernel).applyInterface(wg0(), threePeers());

        assertEquals(List.of(SHOW, "wg syncconf wg0 /dev/stdin"), kernel.lines());
        assertEquals(Optional.of(renderer.renderStripped(wg0(), threePeers())), kernel.calls().get(1).stdin());
        assertEquals(renderer.render(wg0(), threePeers()), file());
    }

    @Test
    void applyOnARunningInterfaceWithoutAFileSyncsToo() throws IOException {
        FakeKernel kernel = kernel().running("wg0");

        adapter(kernel).applyInterface(wg0(), List.of(alice()));

        assertEquals(List.of(SHOW, "wg syncconf wg0 /dev/stdin"), kernel.lines());
        assertEquals(renderer.render(wg0(), List.of(alice())), file());
    }

    /** syncconf cannot change an address, MTU or hook: stop with the old file, start with the new. */
    @Test
    void applyRestartsARunningInterfaceWhenAWgQuickSettingChanged() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0(), List.of(alice()));
        WgInterface smallerMtu = withMtu(1380);

        adapter(kernel).applyInterface(smallerMtu, List.of(alice()));

        assertEquals(List.of(SHOW, down, SHOW, up), kernel.lines());
        assertEquals(Optional.of(renderer.render(wg0(), List.of(alice()))), kernel.calls().get(1).fileAtCall());
        assertEquals(Optional.of(renderer.render(smallerMtu, List.of(alice()))), kernel.calls().get(3).fileAtCall());
        assertTrue(kernel.runningNow().contains("wg0"));
    }

    @Test
    void onlyWgQuickSettingsOfTheInterfaceSectionDecideARestart() {
        String started = renderer.render(wg0(), threePeers());

        assertFalse(WgCliAdapter.needsRestart(Optional.empty(), started), "no file, no evidence of a difference");
        assertFalse(WgCliAdapter.needsRestart(Optional.of(renderer.render(wg0(), List.of())), started), "peers are synced");
        assertFalse(WgCliAdapter.needsRestart(Optional.of(started.replace("MTU = 1420", "mtu=1420")), started),
                "spelling of a key does not matter");
        assertTrue(WgCliAdapter.needsRestart(Optional.of(started.replace("[Interface]\n", "[Interface]\nDNS = 1.1.1.1\n")), started),
                "a hand-added DNS line is undone");
        assertTrue(WgCliAdapter.needsRestart(Optional.of(started.replace("sysctl -q -w net.ipv4.ip_forward=1; ", "")), started),
                "a file from an older release gets the new hooks");
        assertEquals(List.of("address=10.0.0.1/24", "mtu=1420", "table=off"),
                WgCliAdapter.wgQuickSettings(started).subList(0, 3));
    }

    @Test
    void applyOfAnInterfaceThatShouldBeDownStopsItWithTheFileItWasStartedFrom() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0(), threePeers());

        adapter(kernel).applyInterface(stopped(), List.of(alice()));

        assertEquals(List.of(SHOW, down, SHOW), kernel.lines());
        assertEquals(Optional.of(renderer.render(wg0(), threePeers())), kernel.calls().get(1).fileAtCall());
        assertEquals(renderer.render(stopped(), List.of(alice())), file());
        assertFalse(kernel.runningNow().contains("wg0"));
    }

    @Test
    void applyOfAStoppedInterfaceThatShouldBeDownOnlyWritesTheFile() throws IOException {
        FakeKernel kernel = kernel();

        adapter(kernel).applyInterface(stopped(), threePeers());

        assertEquals(List.of(SHOW), kernel.lines());
        assertEquals(renderer.render(stopped(), threePeers()), file());
    }

    @Test
    void addPeerSetsThatPeerWithItsPresharedKeyOnStdin() throws IOException {
        FakeKernel kernel = kernel().running("wg0");

        adapter(kernel).addPeer(wg0(), bob(), List.of(alice(), bob()));

        assertEquals(List.of(SHOW, "wg set wg0 peer " + BOB_PUBLIC + " preshared-key /dev/stdin allowed-ips 10.0.0.3/32"),
                kernel.lines());
        assertEquals(Optional.of(BOB_PSK + "\n"), kernel.calls().get(1).stdin());
        assertEquals(renderer.render(wg0(), List.of(alice(), bob())), file());
    }

    /** wg set replaces the peer's allowed IPs with the list, so one call also mends a peer that had lost its IPv6 route. */
    @Test
    void addPeerOnADualStackInterfaceSetsBothHostRoutesInOneArgument() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        Client alice = withIpv6(alice(), "fd42:42:42::2");
        Client bob = withIpv6(bob(), "fd42:42:42::3");

        adapter(kernel).addPeer(wg0DualStack(), bob, List.of(alice, bob));

        assertEquals(List.of(SHOW, "wg set wg0 peer " + BOB_PUBLIC + " preshared-key /dev/stdin allowed-ips 10.0.0.3/32,fd42:42:42::3/128"),
                kernel.lines());
        assertEquals(Optional.of(BOB_PSK + "\n"), kernel.calls().get(1).stdin());
        assertEquals(renderer.render(wg0DualStack(), List.of(alice, bob)), file());
        assertTrue(file().contains("AllowedIPs = 10.0.0.3/32, fd42:42:42::3/128\n"));
    }

    @Test
    void addPeerRefusesAPeerWhoseListedCopyCarriesOtherRoutes() {
        FakeKernel kernel = kernel().running("wg0");
        Client dualStackBob = withIpv6(bob(), "fd42:42:42::3");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> adapter(kernel).addPeer(wg0DualStack(), dualStackBob, List.of(alice(), bob())));
        assertThrows(IllegalArgumentException.class,
                () -> adapter(kernel).addPeer(wg0DualStack(), bob(), List.of(alice(), dualStackBob)));

        assertTrue(e.getMessage().contains("[10.0.0.3/32, fd42:42:42::3/128]"), e.getMessage());
        assertEquals(List.of(), kernel.lines());
        assertFalse(Files.exists(dir.resolve("wg0.conf")));
    }

    @Test
    void applyOnARunningDualStackInterfaceSyncsBothHostRoutesOfEveryPeer() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0DualStack(), List.of());

        adapter(kernel).applyInterface(wg0DualStack(), threeDualStackPeers());

        assertEquals(List.of(SHOW, "wg syncconf wg0 /dev/stdin"), kernel.lines());
        String synced = kernel.calls().get(1).stdin().orElseThrow();
        assertEquals(renderer.renderStripped(wg0DualStack(), threeDualStackPeers()), synced);
        assertTrue(synced.contains("AllowedIPs = 10.0.0.4/32, fd42:42:42::4/128\n"), synced);
    }

    /** Giving a running interface an IPv6 range changes its Address and hooks: syncconf cannot, so it restarts, and PostDown is the old one. */
    @Test
    void applyRestartsARunningInterfaceThatBecameDualStack() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0(), List.of(alice()));
        Client alice = withIpv6(alice(), "fd42:42:42::2");

        adapter(kernel).applyInterface(wg0DualStack(), List.of(alice));

        assertEquals(List.of(SHOW, down, SHOW, up), kernel.lines());
        assertFalse(kernel.calls().get(1).fileAtCall().orElseThrow().contains("ip6tables"), "stopped with the IPv4-only file");
        assertEquals(Optional.of(renderer.render(wg0DualStack(), List.of(alice))), kernel.calls().get(3).fileAtCall());
    }

    @Test
    void theWgQuickSettingsOfADualStackFileNameBothAddresses() {
        List<String> settings = WgCliAdapter.wgQuickSettings(renderer.render(wg0DualStack(), threeDualStackPeers()));

        assertEquals("address=10.0.0.1/24, fd42:42:42::1/64", settings.get(0));
        assertTrue(WgCliAdapter.needsRestart(Optional.of(renderer.render(wg0(), List.of())),
                renderer.render(wg0DualStack(), List.of())));
        assertFalse(WgCliAdapter.needsRestart(Optional.of(renderer.render(wg0DualStack(), List.of())),
                renderer.render(wg0DualStack(), threeDualStackPeers())), "only peers differ: synced, not restarted");
    }

    @Test
    void addPeerToAStoppedInterfaceBringsItUpWithEveryPeer() {
        FakeKernel kernel = kernel();

        adapter(kernel).addPeer(wg0(), bob(), List.of(alice(), bob()));

        assertEquals(List.of(SHOW, up), kernel.lines());
        assertEquals(Optional.of(renderer.render(wg0(), List.of(alice(), bob()))), kernel.calls().get(1).fileAtCall());
    }

    @Test
    void addPeerToAnInterfaceThatShouldBeDownOnlyWritesTheFile() throws IOException {
        FakeKernel kernel = kernel();

        adapter(kernel).addPeer(stopped(), bob(), List.of(bob()));

        assertEquals(List.of(), kernel.lines());
        assertEquals(renderer.render(stopped(), List.of(bob())), file());
    }

    @Test
    void addPeerRefusesAPeerTheFileWouldNotHoldBeforeTouchingAnything() {
        FakeKernel kernel = kernel().running("wg0");
        WgCliAdapter adapter = adapter(kernel);
        Client disabled = bob();
        disabled.disable(DisabledReason.MANUAL);
        Client elsewhere = Fixtures.client("eve", new InterfaceId(4), Fixtures.CAROL_PUBLIC, CAROL_PSK, "10.0.0.9");

        assertThrows(IllegalArgumentException.class, () -> adapter.addPeer(wg0(), bob(), List.of(alice())));
        assertThrows(IllegalArgumentException.class, () -> adapter.addPeer(wg0(), disabled, List.of(alice(), disabled)));
        assertThrows(IllegalArgumentException.class, () -> adapter.addPeer(wg0(), elsewhere, List.of(elsewhere)));

        assertEquals(List.of(), kernel.lines());
        assertFalse(Files.exists(dir.resolve("wg0.conf")));
    }

    @Test
    void removePeerRemovesThatPeerLive() throws IOException {
        FakeKernel kernel = kernel().running("wg0");

        adapter(kernel).removePeer(wg0(), new WgKey(ALICE_PUBLIC), List.of(bob()));

        assertEquals(List.of(SHOW, "wg set wg0 peer " + ALICE_PUBLIC + " remove"), kernel.lines());
        assertEquals(Optional.empty(), kernel.calls().get(1).stdin());
        assertEquals(renderer.render(wg0(), List.of(bob())), file());
    }

    @Test
    void removePeerFromAStoppedInterfaceOnlyWritesTheFile() throws IOException {
        FakeKernel kernel = kernel();

        adapter(kernel).removePeer(wg0(), new WgKey(ALICE_PUBLIC), List.of());

        assertEquals(List.of(SHOW), kernel.lines());
        assertEquals(renderer.render(wg0(), List.of()), file());
    }

    @Test
    void removePeerRefusesAKeyThatIsStillEnabled() {
        FakeKernel kernel = kernel().running("wg0");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> adapter(kernel).removePeer(wg0(), new WgKey(ALICE_PUBLIC), threePeers()));

        assertFalse(e.getMessage().contains(ALICE_PUBLIC), e.getMessage());
        assertEquals(List.of(), kernel.lines());
    }

    @Test
    void restartStopsWithTheOldFileAndStartsWithTheNewOne() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0(), threePeers());

        adapter(kernel).restartInterface(wg0(), List.of(alice()));

        assertEquals(List.of(SHOW, down, SHOW, up), kernel.lines());
        assertEquals(Optional.of(renderer.render(wg0(), threePeers())), kernel.calls().get(1).fileAtCall());
        assertEquals(Optional.of(renderer.render(wg0(), List.of(alice()))), kernel.calls().get(3).fileAtCall());
    }

    @Test
    void restartOfAStoppedInterfaceStartsIt() {
        FakeKernel kernel = kernel();

        adapter(kernel).restartInterface(wg0(), List.of(alice()));

        assertEquals(List.of(SHOW, up), kernel.lines());
    }

    @Test
    void restartOfAnInterfaceThatShouldBeDownLeavesItDown() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0(), List.of());

        adapter(kernel).restartInterface(stopped(), List.of());

        assertEquals(List.of(SHOW, down, SHOW), kernel.lines());
        assertFalse(kernel.runningNow().contains("wg0"));
    }

    @Test
    void removeInterfaceStopsItAndDeletesItsFileAndCrashLeftoversOnly() throws IOException {
        FakeKernel kernel = kernel().running("wg0");
        writeFile(wg0(), threePeers());
        Files.writeString(dir.resolve(".wg0.conf.8841.tmp"), "half a file");
        Files.writeString(dir.resolve("wg10.conf"), "another interface");
        Files.writeString(dir.resolve(".wg10.conf.77.tmp"), "another interface's leftover");

        adapter(kernel).removeInterface(wg0());

        assertEquals(List.of(SHOW, down, SHOW), kernel.lines());
        assertEquals(Optional.of(renderer.render(wg0(), threePeers())), kernel.calls().get(1).fileAtCall());
        assertEquals(List.of(dir.resolve(".wg10.conf.77.tmp"), dir.resolve("wg10.conf")), list(dir));
    }

    @Test
    void removeInterfaceWithoutAFileGivesWgQuickOneToReadThenDeletesIt() throws IOException {
        FakeKernel kernel = kernel().running("wg0");

        adapter(kernel).removeInterface(wg0());

        assertEquals(List.of(SHOW, down, SHOW), kernel.lines());
        assertEquals(Optional.of(renderer.render(wg0(), List.of())), kernel.calls().get(1).fileAtCall());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void removeInterfaceThatIsNotRunningDeletesTheFile() throws IOException {
        FakeKernel kernel = kernel();
        writeFile(wg0(), List.of());

        adapter(kernel).removeInterface(wg0());

        assertEquals(List.of(SHOW), kernel.lines());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void readAllIsOneDumpParsedAndStampedWithTheClock() {
        FakeKernel kernel = kernel().dump(WgDumpParserTest.DUMP);

        assertEquals(WgDumpParser.parse(WgDumpParserTest.DUMP, CLOCK.instant()), adapter(kernel).readAll());
        assertEquals(List.of("wg show all dump"), kernel.lines());
    }

    /** Userspace wireguard-go keeps its socket for a moment after the link is gone; the restart waits for it. */
    @Test
    void waitsForAnInterfaceThatLingersAfterDownBeforeStartingItAgain() throws IOException {
        FakeKernel kernel = kernel().running("wg0").lingerAfterDown(3);
        writeFile(wg0(), List.of());

        adapter(kernel).restartInterface(wg0(), List.of());

        assertEquals(List.of(SHOW, down, SHOW, SHOW, SHOW, SHOW, up), kernel.lines());
    }

    @Test
    void givesUpWhenAnInterfaceNeverDisappears() throws IOException {
        FakeKernel kernel = kernel().running("wg0").lingerAfterDown(Integer.MAX_VALUE);
        writeFile(wg0(), List.of());

        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> adapter(kernel).restartInterface(wg0(), List.of()));

        assertEquals("WireGuard interface wg0 was brought down but still shows up after 300 ms.", e.getMessage());
        assertFalse(kernel.lines().contains(up), "no wg-quick up onto the old interface");
    }

    @Test
    void aFailingCommandReachesTheCallerAfterTheFileWasWritten() throws IOException {
        FakeKernel kernel = kernel().failWhen(argv -> argv.get(0).equals("wg-quick"));

        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> adapter(kernel).applyInterface(wg0(), threePeers()));

        assertTrue(e.getMessage().contains("Address already in use"), e.getMessage());
        assertEquals(renderer.render(wg0(), threePeers()), file());
    }

    @Test
    void aPeerSetThatCannotBeRenderedIsRefusedBeforeAnyCommand() {
        FakeKernel kernel = kernel().running("wg0");
        Client disabled = alice();
        disabled.disable(DisabledReason.EXPIRED);

        assertThrows(IllegalArgumentException.class, () -> adapter(kernel).applyInterface(wg0(), List.of(disabled)));
        assertEquals(List.of(), kernel.lines());
    }

    /** 8 threads mix every operation on wg0: the lock lets only one command of wg0 run at a time. */
    @Test
    void operationsOnOneInterfaceNeverOverlap() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        FakeKernel kernel = kernel().during(argv -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            long until = System.nanoTime() + 200_000; // widen the window an unserialised caller would show up in
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            inFlight.decrementAndGet();
        });
        WgCliAdapter adapter = adapter(kernel);

        runConcurrently(8, thread -> {
            switch (thread % 4) {
                case 0 -> adapter.applyInterface(wg0(), threePeers());
                case 1 -> adapter.addPeer(wg0(), bob(), List.of(alice(), bob()));
                case 2 -> adapter.removePeer(wg0(), new WgKey(ALICE_PUBLIC), List.of(bob()));
                default -> adapter.restartInterface(wg0(), List.of(alice()));
            }
        });

        assertEquals(1, maxInFlight.get());
        assertTrue(kernel.calls().size() > 8 * 5, "every operation ran commands");
    }

    /** A slow wg0 does not hold up wg1: both syncconf calls must be in flight at the same time. */
    @Test
    void differentInterfacesDoNotWaitForEachOther() throws Exception {
        CountDownLatch bothSyncing = new CountDownLatch(2);
        FakeKernel kernel = kernel().running("wg0", "wg1").during(argv -> {
            if (argv.contains("syncconf")) {
                bothSyncing.countDown();
                try {
                    if (!bothSyncing.await(10, TimeUnit.SECONDS)) {
                        throw new AssertionError("the other interface never synced: interfaces block each other");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        WgCliAdapter adapter = adapter(kernel);

        runConcurrently(2, thread -> adapter.applyInterface(Fixtures.wg0OnAnotherId(thread), List.of()), 1);
    }

    private FakeKernel kernel() {
        FakeKernel kernel = new FakeKernel();
        kernels.add(kernel);
        return kernel;
    }

    private WgCliAdapter adapter(FakeKernel kernel) {
        return new WgCliAdapter(new WireGuardConfig(dir, WireGuardConfig.Mode.KERNEL), kernel, CLOCK, () -> "eth0",
                new AtomicFileWriter(), Duration.ofMillis(300));
    }

    private static WgInterface stopped() {
        WgInterface wg0 = wg0();
        return WgInterface.restore(wg0.id(), wg0.keys(), wg0.listenPort(), wg0.addressRange(), wg0.mtu(), false);
    }

    private static WgInterface withMtu(int mtu) {
        WgInterface wg0 = wg0();
        return WgInterface.restore(wg0.id(), wg0.keys(), wg0.listenPort(), wg0.addressRange(), new Mtu(mtu), true);
    }

    private void writeFile(WgInterface wgInterface, List<Client> peers) throws IOException {
        new AtomicFileWriter().write(dir.resolve(wgInterface.name() + ".conf"), renderer.render(wgInterface, peers));
    }

    private String file() throws IOException {
        return Files.readString(dir.resolve("wg0.conf"));
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private interface ThreadBody {
        void run(int thread) throws Exception;
    }

    private static void runConcurrently(int threads, ThreadBody body) throws Exception {
        runConcurrently(threads, body, 5);
    }

    private static void runConcurrently(int threads, ThreadBody body, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
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
