package io.candypanel.adapter.wireguard;

import static io.candypanel.adapter.wireguard.Fixtures.SERVER_PRIVATE;
import static io.candypanel.adapter.wireguard.Fixtures.alice;
import static io.candypanel.adapter.wireguard.Fixtures.threePeers;
import static io.candypanel.adapter.wireguard.Fixtures.wg0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes real files in a temporary directory; the WAN interface is fixed so contents are predictable. */
class WgConfigOnlyAdapterIT {
    private static final String REASON = "kernel control arrives in a later release";

    @TempDir
    Path temp;

    private final ServerConfigRenderer renderer = new ServerConfigRenderer("eth0");

    private WgConfigOnlyAdapter adapter(Path directory) {
        return new WgConfigOnlyAdapter(new WireGuardConfig(directory, WireGuardConfig.Mode.AUTO), REASON,
                () -> "eth0", new AtomicFileWriter());
    }

    @Test
    void writesTheRenderedFileWithMode0600() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("wireguard"));
        adapter(dir).applyInterface(wg0(), threePeers());

        Path file = dir.resolve("wg0.conf");
        assertEquals(renderer.render(wg0(), threePeers()), Files.readString(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void createsAMissingDirectoryWithMode0700() throws IOException {
        Path dir = temp.resolve("etc/wireguard");
        adapter(dir).applyInterface(wg0(), List.of());

        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(dir));
        assertEquals(renderer.render(wg0(), List.of()), Files.readString(dir.resolve("wg0.conf")));
    }

    @Test
    void rewritesTheFileInPlaceAndLeavesNoTemporaryFiles() throws IOException {
        Path dir = temp.resolve("wireguard");
        WgConfigOnlyAdapter adapter = adapter(dir);
        adapter.applyInterface(wg0(), threePeers());
        adapter.applyInterface(wg0(), List.of(alice()));

        assertEquals(renderer.render(wg0(), List.of(alice())), Files.readString(dir.resolve("wg0.conf")));
        assertEquals(List.of(dir.resolve("wg0.conf")), list(dir));
    }

    @Test
    void replacesAReadableOldFileWithAPrivateOne() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("wireguard"));
        Path file = dir.resolve("wg0.conf");
        Files.writeString(file, "[Interface]\nDNS = 8.8.8.8\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        adapter(dir).applyInterface(wg0(), List.of());

        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(renderer.render(wg0(), List.of()), Files.readString(file));
    }

    @Test
    void keepsOneFilePerInterface() throws IOException {
        Path dir = temp.resolve("wireguard");
        WgConfigOnlyAdapter adapter = adapter(dir);
        adapter.applyInterface(wg0(), List.of(alice()));
        adapter.applyInterface(Fixtures.wg0OnAnotherId(7), List.of());

        assertEquals(List.of(dir.resolve("wg0.conf"), dir.resolve("wg7.conf")), list(dir));
        assertTrue(Files.readString(dir.resolve("wg7.conf")).contains("-i wg7 "));
    }

    /**
     * 16 threads each write a different peer set many times. Whatever the interleaving, the result
     * must be exactly one of the 16 complete files, private, with no temporary file left behind.
     */
    @Test
    void concurrentWritesLeaveOneCompleteFile() throws Exception {
        Path dir = temp.resolve("wireguard");
        WgConfigOnlyAdapter adapter = adapter(dir);
        List<List<Client>> peerSets = peerSets(16);
        Set<String> validContents = new HashSet<>();
        peerSets.forEach(peers -> validContents.add(renderer.render(wg0(), peers)));
        assertEquals(16, validContents.size());

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Client> peers : peerSets) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        adapter.applyInterface(wg0(), peers);
                        writes.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS); // rethrows any failure from a writer
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(16 * 25, writes.get());
        Path file = dir.resolve("wg0.conf");
        assertEquals(List.of(file), list(dir));
        assertTrue(validContents.contains(Files.readString(file)), "the file must be one complete rendering");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void aDirectoryBelowARegularFileGivesAKernelOperationExceptionWithoutSecrets() throws IOException {
        Path regularFile = Files.writeString(temp.resolve("not-a-directory"), "x");
        Path dir = regularFile.resolve("wireguard");

        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> adapter(dir).applyInterface(wg0(), threePeers()));

        assertTrue(e.getMessage().contains(dir.resolve("wg0.conf").toString()), e.getMessage());
        assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
        assertTrue(e.getMessage().contains("(" + e.getCause().getClass().getSimpleName()), "names the cause: " + e.getMessage());
        assertFalse(e.getMessage().contains(SERVER_PRIVATE), "no key material in the message");
        assertFalse(e.getMessage().contains(Fixtures.ALICE_PSK), "no key material in the message");
    }

    @Test
    void aTargetThatCannotBeReplacedGivesAKernelOperationExceptionAndLeavesNoTemporaryFile() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("wireguard"));
        Files.createDirectory(dir.resolve("wg0.conf"));
        Files.writeString(dir.resolve("wg0.conf/occupied"), "x"); // a non-empty directory cannot be renamed over

        KernelOperationException e = assertThrows(KernelOperationException.class,
                () -> adapter(dir).applyInterface(wg0(), threePeers()));

        assertTrue(e.getMessage().startsWith("Could not write the WireGuard config " + dir.resolve("wg0.conf")), e.getMessage());
        assertFalse(e.getMessage().contains(SERVER_PRIVATE));
        assertEquals(List.of(dir.resolve("wg0.conf")), list(dir));
    }

    @Test
    void removeInterfaceDeletesItsFileAndCrashLeftoversButNoOtherFile() throws IOException {
        Path dir = temp.resolve("wireguard");
        WgConfigOnlyAdapter adapter = adapter(dir);
        adapter.applyInterface(wg0(), threePeers());
        adapter.applyInterface(Fixtures.wg0OnAnotherId(10), List.of());
        Files.writeString(dir.resolve(".wg0.conf.123.tmp"), "half a file");

        adapter.removeInterface(wg0());
        adapter.removeInterface(wg0()); // nothing left to delete is fine

        assertEquals(List.of(dir.resolve("wg10.conf")), list(dir));
    }

    @Test
    void removeInterfaceWithoutADirectoryIsANoOp() {
        adapter(temp.resolve("never-created")).removeInterface(wg0());
        assertFalse(Files.exists(temp.resolve("never-created")));
    }

    @Test
    void thePublicConstructorReadsTheHostsDefaultRoute() throws IOException {
        String expectedWan = new WanInterfaceDetector(Path.of("/proc")).detect();
        new WgConfigOnlyAdapter(new WireGuardConfig(temp, WireGuardConfig.Mode.AUTO), REASON).applyInterface(wg0(), List.of());

        assertTrue(Files.readString(temp.resolve("wg0.conf")).contains(" -o " + expectedWan + " -j MASQUERADE"));
    }

    /** Set i holds i peers (0..count-1), each with fresh keys, so every set renders differently. */
    private static List<List<Client>> peerSets(int count) {
        WgKeyGenerator keys = new WgKeyGenerator(new SecureRandom());
        List<Client> pool = new ArrayList<>();
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            pool.add(Client.create(new ClientName("client-" + i), InterfaceId.FIRST, keys.newKeyPair(), keys.newPresharedKey(),
                    Ipv4Address.parse("10.0.0." + (i + 2)), now, now.plusSeconds(3600), Quota.UNLIMITED, ""));
        }
        List<List<Client>> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sets.add(List.copyOf(pool.subList(0, i)));
        }
        return sets;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
