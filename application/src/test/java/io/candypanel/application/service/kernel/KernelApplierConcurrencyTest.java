package io.candypanel.application.service.kernel;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.RecordingWireGuard.Call;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrency of {@link KernelApplier}, with the recording WireGuardPort, which measures
 * overlapping calls (Mockito cannot). One fair lock covers every kernel operation: calls never
 * overlap, on the same interface or on different ones, and every caller's apply reads the
 * database after the caller's change was committed.
 */
@Timeout(60)
class KernelApplierConcurrencyTest {
    private static final int THREADS = 16;

    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final KernelApplier kernel = TestKernel.applier(interfaces, clients, new InMemorySettingsRepository(),
            new DirectUnitOfWork(), wireGuard, new MutableClock(NOW));

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    /** Stands for the time a real wg call takes, so that overlapping calls would actually overlap. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code thread} is parked on the kernel lock (a ReentrantLock parks: WAITING). */
    private static void awaitParked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.BLOCKED) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(thread.getName() + " never waited for the running operation: " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private static Set<String> peersOf(Call call) {
        return new HashSet<>(call.enabledPeers());
    }

    @Test
    void sixteenThreadsApplyingTheSameInterfaceNeverOverlapAndTheNewestStateWins() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        wireGuard.whileRunning(call -> pause(5));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<KernelOutcome>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String name = "client" + i;
            String address = "10.0.0." + (i + 2);
            results.add(pool.submit(() -> {
                start.await();
                clients.insert(TestData.enabledClient(name, 0, address));   // the use case's commit
                return kernel.apply(wg0.id());
            }));
        }
        start.countDown();
        for (Future<KernelOutcome> result : results) {
            KernelOutcome outcome = result.get(30, TimeUnit.SECONDS);
            assertTrue(outcome.applied(), outcome.message());
        }

        assertEquals(1, wireGuard.maxConcurrentCalls(), "two applies of wg0 ran at the same time");
        // Behaviour change: applies are no longer coalesced; each caller gets its own, one after the other.
        assertEquals(THREADS, wireGuard.calls(RecordingWireGuard.APPLY).size());
        Set<String> all = new HashSet<>();
        for (int i = 0; i < THREADS; i++) {
            all.add("client" + i);
        }
        List<Call> calls = wireGuard.calls(RecordingWireGuard.APPLY);
        assertEquals(all, peersOf(calls.get(calls.size() - 1)), "the last apply carries every committed client");
    }

    @Test
    void aChangeCommittedDuringARunningApplyGetsAnApplyOfItsOwn() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        clients.insert(TestData.enabledClient("early", 0, "10.0.0.2"));
        CountDownLatch firstApplyRunning = new CountDownLatch(1);
        CountDownLatch releaseFirstApply = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        wireGuard.whileRunning(call -> {
            if (seen.incrementAndGet() == 1) {
                firstApplyRunning.countDown();
                await(releaseFirstApply);
            }
        });

        Future<KernelOutcome> first = pool.submit(() -> kernel.apply(wg0.id()));
        assertTrue(firstApplyRunning.await(10, TimeUnit.SECONDS));
        clients.insert(TestData.enabledClient("late", 0, "10.0.0.3"));   // committed after the first apply read the state
        AtomicReference<KernelOutcome> second = new AtomicReference<>();
        Thread latecomer = new Thread(() -> second.set(kernel.apply(wg0.id())), "latecomer");
        latecomer.start();
        awaitParked(latecomer);
        releaseFirstApply.countDown();
        latecomer.join(10_000);

        assertTrue(first.get(10, TimeUnit.SECONDS).applied());
        assertTrue(second.get().applied());
        List<Call> calls = wireGuard.calls(RecordingWireGuard.APPLY);
        assertEquals(2, calls.size(), "the latecomer must not reuse the outcome of an apply that missed its change");
        assertEquals(Set.of("early"), peersOf(calls.get(0)));
        assertEquals(Set.of("early", "late"), peersOf(calls.get(1)));
    }

    @Test
    void callersWaitingBehindARunningApplyEachGetAnApplyOfTheirOwnAndEachFailureIsReported() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        CountDownLatch firstApplyRunning = new CountDownLatch(1);
        CountDownLatch releaseFirstApply = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        wireGuard.whileRunning(call -> {
            if (seen.incrementAndGet() == 1) {
                firstApplyRunning.countDown();
                await(releaseFirstApply);
            } else {
                throw new WireGuardPort.KernelOperationException("wg0 went away");
            }
        });

        Future<KernelOutcome> first = pool.submit(() -> kernel.apply(wg0.id()));
        assertTrue(firstApplyRunning.await(10, TimeUnit.SECONDS));
        clients.insert(TestData.enabledClient("b", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("c", 0, "10.0.0.3"));
        List<AtomicReference<KernelOutcome>> outcomes = List.of(new AtomicReference<>(), new AtomicReference<>());
        List<Thread> waiting = List.of(
                new Thread(() -> outcomes.get(0).set(kernel.apply(wg0.id())), "waiter-b"),
                new Thread(() -> outcomes.get(1).set(kernel.apply(wg0.id())), "waiter-c"));
        for (Thread thread : waiting) {
            thread.start();
            awaitParked(thread);
        }
        releaseFirstApply.countDown();
        for (Thread thread : waiting) {
            thread.join(10_000);
        }

        assertTrue(first.get(10, TimeUnit.SECONDS).applied());
        // Behaviour change: no shared follow-up apply any more; each waiter runs its own (one lock, in turn).
        List<Call> calls = wireGuard.calls(RecordingWireGuard.APPLY);
        assertEquals(3, calls.size());
        assertEquals(Set.of("b", "c"), peersOf(calls.get(1)));
        assertEquals(Set.of("b", "c"), peersOf(calls.get(2)));
        for (AtomicReference<KernelOutcome> outcome : outcomes) {
            assertFalse(outcome.get().applied(), "each waiter's apply failed, and each is told so");
            assertTrue(outcome.get().message().contains("wg0 went away"), outcome.get().message());
        }
        assertEquals(2, kernel.alerts().size(), "one alert per failed apply: " + kernel.alerts());
        assertEquals(1, wireGuard.maxConcurrentCalls());
    }

    @Test
    void operationsOnDifferentInterfacesTakeTurnsToo() throws Exception {
        // Behaviour change: one lock covers every interface (the old applier ran different interfaces in parallel).
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        wireGuard.whileRunning(call -> pause(20));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<KernelOutcome>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WgInterface target = i % 2 == 0 ? wg0 : wg1;
            results.add(pool.submit(() -> {
                start.await();
                return target == wg1 ? kernel.restart(target.id()) : kernel.apply(target.id());   // wg1 restarts, wg0 applies
            }));
        }
        start.countDown();
        for (Future<KernelOutcome> result : results) {
            KernelOutcome outcome = result.get(20, TimeUnit.SECONDS);
            assertTrue(outcome.applied(), outcome.message());
        }
        assertEquals(8, wireGuard.changes().size());
        assertEquals(1, wireGuard.maxConcurrentCalls(), "operations on wg0 and wg1 overlapped");
        assertEquals(List.of(), kernel.alerts());
    }

    @Test
    void countersAreNeverReadWhileAnotherOperationRuns() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        CountDownLatch restartRunning = new CountDownLatch(1);
        CountDownLatch releaseRestart = new CountDownLatch(1);
        wireGuard.whileRunning(call -> {
            if (call.operation().equals(RecordingWireGuard.RESTART)) {
                restartRunning.countDown();
                await(releaseRestart);
            }
        });

        Future<KernelOutcome> restart = pool.submit(() -> kernel.restart(wg0.id()));
        assertTrue(restartRunning.await(10, TimeUnit.SECONDS));
        AtomicReference<Optional<KernelSnapshot>> read = new AtomicReference<>();
        Thread reader = new Thread(() -> read.set(kernel.readKernel()), "reader");
        reader.start();
        awaitParked(reader);
        assertEquals(List.of("restart wg0"), wireGuard.briefs(), "the read must wait for the restart");
        releaseRestart.countDown();
        reader.join(10_000);

        assertTrue(restart.get(10, TimeUnit.SECONDS).applied());
        assertTrue(read.get().isPresent());
        assertEquals(List.of("restart wg0", "readAll"), wireGuard.briefs());
        assertEquals(1, wireGuard.maxConcurrentCalls());
    }

    @Test
    void workThatThrowsInsideWithCountersBookedReleasesTheLockForOtherThreads() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        Future<?> failing = pool.submit(() -> kernel.withCountersBooked(() -> {
            throw new IllegalStateException("the use case failed");
        }));
        try {
            failing.get(10, TimeUnit.SECONDS);
            throw new AssertionError("the work's exception must reach the caller");
        } catch (java.util.concurrent.ExecutionException e) {
            assertEquals("the use case failed", e.getCause().getMessage());
        }

        KernelOutcome other = pool.submit(() -> kernel.apply(wg0.id())).get(10, TimeUnit.SECONDS);

        assertTrue(other.applied(), other.message());
        assertEquals(List.of("readAll", "apply wg0"), wireGuard.briefs());
    }

    @Test
    void concurrentFailuresAndSuccessesKeepTheAlertListConsistent() throws Exception {
        List<WgInterface> all = new ArrayList<>();
        for (int id = 0; id < 4; id++) {
            WgInterface wg = TestData.wgInterface(id, "10." + id + ".0.1/24", 51820 + id);
            interfaces.insert(wg);
            all.add(wg);
        }
        // wg0 and wg1 always fail, wg2 and wg3 always succeed.
        wireGuard.whileRunning(call -> {
            pause(1);
            if (call.interfaceName().equals("wg0") || call.interfaceName().equals("wg1")) {
                throw new WireGuardPort.KernelOperationException(call.interfaceName() + " is down");
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Future<KernelOutcome>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            WgInterface target = all.get(i % 4);
            results.add(pool.submit(() -> {
                start.await();
                return kernel.apply(target.id());
            }));
        }
        start.countDown();
        for (int i = 0; i < results.size(); i++) {
            KernelOutcome outcome = results.get(i).get(30, TimeUnit.SECONDS);
            assertEquals(i % 4 >= 2, outcome.applied(), "task " + i + ": " + outcome.message());
        }

        long failedApplies = wireGuard.calls(RecordingWireGuard.APPLY).stream()
                .filter(c -> c.interfaceName().equals("wg0") || c.interfaceName().equals("wg1")).count();
        assertEquals(100, failedApplies);
        List<String> alerts = kernel.alerts();
        assertEquals(KernelApplier.MAX_ALERTS, alerts.size(), alerts.toString());
        assertTrue(alerts.stream().allMatch(a -> a.contains("wg0 is down") || a.contains("wg1 is down")), alerts.toString());
        assertEquals(1, wireGuard.maxConcurrentCalls());
    }
}
