package io.candypanel.application.service.backup;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryBackups;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupNotFoundException;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.service.kernel.KernelApplier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@Timeout(30)
@ExtendWith(MockitoExtension.class)
class BackupServiceTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final KernelApplier kernel = TestKernel.applier(interfaces, clients, settings, new DirectUnitOfWork(), wireGuard, clock);
    private final InMemoryBackups backups = new InMemoryBackups(clock);
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Mock
    private SyncUseCase sync;

    private BackupService service;

    @BeforeEach
    void setUp() {
        service = new BackupService(backups, kernel, sync, interfaces);
    }

    private List<BackupInfo> createDaily(int days) {
        List<BackupInfo> created = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            created.add(service.create());
            clock.advance(Duration.ofDays(1));
        }
        return created;
    }

    @Test
    void createTakesASnapshotAndReturnsIt() {
        BackupInfo created = service.create();

        assertEquals(NOW, created.createdAt());
        assertEquals(List.of(created), service.list());
        then(sync).shouldHaveNoInteractions();
    }

    @Test
    void createKeepsTheNewestFourteen() {
        assertEquals(14, BackupService.KEEP);
        List<BackupInfo> created = createDaily(20);

        List<BackupInfo> kept = service.list();
        assertEquals(14, kept.size());
        List<BackupInfo> newestFourteen = new ArrayList<>(created.subList(6, 20));
        Collections.reverse(newestFourteen);
        assertEquals(newestFourteen, kept, "the newest fourteen, newest first");
        assertFalse(kept.contains(created.get(5)));
    }

    @Test
    void fourteenOrFewerAreAllKept() {
        createDaily(14);
        assertEquals(14, service.list().size());
    }

    @Test
    void listIsNewestFirst() {
        List<BackupInfo> created = createDaily(3);
        assertEquals(List.of(created.get(2), created.get(1), created.get(0)), service.list());
    }

    @Test
    void restoringAnUnknownBackupIsNotFoundAndTouchesNothing() {
        createDaily(2);

        BackupNotFoundException e = assertThrows(BackupNotFoundException.class, () -> service.restore("no-such.db"));

        assertEquals("BACKUP_NOT_FOUND", e.code());
        assertTrue(e.getMessage().contains("no-such.db"), e.getMessage());
        assertEquals(List.of(), backups.restored());
        then(sync).shouldHaveNoInteractions();
    }

    @Test
    void aPrunedBackupCanNoLongerBeRestored() {
        List<BackupInfo> created = createDaily(15);
        assertThrows(BackupNotFoundException.class, () -> service.restore(created.get(0).name()));
        then(sync).shouldHaveNoInteractions();
    }

    @Test
    void afterARestoreEveryInterfaceIsAppliedFromTheRestoredState() {
        List<BackupInfo> created = createDaily(1);
        interfaces.insert(io.candypanel.application.fakes.TestData.wgInterface(0, "10.0.0.1/24", 51820));
        interfaces.insert(io.candypanel.application.fakes.TestData.wgInterface(1, "10.1.0.1/24", 51821));
        wireGuard.clearCalls();

        service.restore(created.get(0).name());

        assertEquals(List.of("wg0", "wg1"), wireGuard.calls(RecordingWireGuard.APPLY).stream()
                .map(RecordingWireGuard.Call::interfaceName).toList(),
                "config files follow the restored database even where no kernel reconcile runs");
    }

    @Test
    void restoreSwapsTheSnapshotInAndThenSyncs() {
        List<BackupInfo> created = createDaily(3);
        backups.whileRestoring(name -> events.add("restore " + name));
        willAnswer(invocation -> {
            events.add("sync");
            return null;
        }).given(sync).sync();

        BackupInfo restored = service.restore(created.get(1).name());

        assertEquals(created.get(1), restored);
        assertEquals(List.of(created.get(1).name()), backups.restored());
        assertEquals(List.of("restore " + created.get(1).name(), "sync"), events,
                "the kernel is reconciled with the restored clients right after the swap");
        then(sync).should().sync();
    }

    @Test
    void restoreHoldsTheKernelLockWhileTheFileIsSwapped() throws Exception {
        BackupInfo backup = service.create();
        AtomicReference<Thread.State> otherWhileRestoring = new AtomicReference<>();
        AtomicReference<Thread> other = new AtomicReference<>();
        backups.whileRestoring(name -> {
            // Another kernel operation (a sync tick, a peer change) starts during the swap...
            Thread thread = new Thread(() -> kernel.exclusively(() -> events.add("other kernel operation")));
            other.set(thread);
            thread.start();
            otherWhileRestoring.set(awaitParkedOrDone(thread));
            events.add("swap done");
        });

        service.restore(backup.name());
        other.get().join(TimeUnit.SECONDS.toMillis(10));

        // ...and has to wait for the lock until the swap is over.
        assertEquals(Thread.State.WAITING, otherWhileRestoring.get(), "the other operation was not kept out");
        assertEquals(List.of("swap done", "other kernel operation"), events);
    }

    @Test
    void anInvalidBackupIsRefusedWithoutSyncAndReleasesTheKernel() {
        List<BackupInfo> created = createDaily(2);
        backups.markInvalid(created.get(0).name());

        InvalidBackupException e = assertThrows(InvalidBackupException.class, () -> service.restore(created.get(0).name()));

        assertEquals("INVALID_BACKUP", e.code());
        assertEquals(List.of(), backups.restored());
        then(sync).should(never()).sync();
        assertTrue(kernel.readKernel().isPresent(), "the kernel lock was released");
        assertEquals(List.of(RecordingWireGuard.READ_ALL), wireGuard.briefs());
    }

    /** Waits until {@code thread} is parked (blocked on a lock) or has finished, and returns which. */
    private static Thread.State awaitParkedOrDone(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TERMINATED) {
                return state;
            }
            Thread.onSpinWait();
        }
        return thread.getState();
    }
}
