package io.candypanel.application.service.kernel;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrency of {@link KernelApplier}, with a hand-written WireGuardPort that detects
 * overlapping calls (Mockito cannot measure that). Concurrent callers may share one apply, but
 * only an apply that read the database after their change was committed.
 */
@Timeout(60)
class KernelApplierConcurrencyTest {
    private static final int THREADS = 16;

    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    /** Counts calls in flight per interface, remembers the highest overlap and the peers of every call. */
    private static final class OverlapDetectingWireGuard implements WireGuardPort {
        final Map<InterfaceId, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        final Map<InterfaceId, AtomicInteger> callsPerInterface = new ConcurrentHashMap<>();
        final AtomicInteger maxOverlapSameInterface = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final List<Set<String>> peersOfEachCall = new CopyOnWriteArrayList<>();
        final Consumer<WgInterface> whileApplying;

        OverlapDetectingWireGuard(Consumer<WgInterface> whileApplying) {
            this.whileApplying = whileApplying;
        }

        @Override
        public KernelStatus status() {
            return new KernelStatus(KernelStatus.Mode.CONFIG_ONLY, "test");
        }

        @Override
        public void applyInterface(WgInterface wgInterface, List<Client> enabledPeers) {
            AtomicInteger counter = inFlight.computeIfAbsent(wgInterface.id(), id -> new AtomicInteger());
            maxOverlapSameInterface.accumulateAndGet(counter.incrementAndGet(), Math::max);
            try {
                calls.incrementAndGet();
                callsPerInterface.computeIfAbsent(wgInterface.id(), id -> new AtomicInteger()).incrementAndGet();
                Set<String> names = new HashSet<>();
                enabledPeers.forEach(c -> names.add(c.name().value()));
                peersOfEachCall.add(names);
                whileApplying.accept(wgInterface);
            } finally {
                counter.decrementAndGet();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.BLOCKED) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(thread.getName() + " never blocked waiting for the running apply: " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void sixteenThreadsApplyingTheSameInterfaceNeverOverlapAndTheNewestStateWins() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        OverlapDetectingWireGuard wireGuard = new OverlapDetectingWireGuard(i -> pause(5));
        KernelApplier kernel = new KernelApplier(interfaces, clients, wireGuard, new MutableClock(NOW));

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

        assertEquals(1, wireGuard.maxOverlapSameInterface.get(), "two applies of wg0 ran at the same time");
        assertTrue(wireGuard.calls.get() >= 1 && wireGuard.calls.get() <= THREADS, "calls: " + wireGuard.calls.get());
        Set<String> all = new HashSet<>();
        for (int i = 0; i < THREADS; i++) {
            all.add("client" + i);
        }
        List<Set<String>> calls = wireGuard.peersOfEachCall;
        assertEquals(all, calls.get(calls.size() - 1), "the last apply carries every committed client");
    }

    @Test
    void aChangeCommittedDuringARunningApplyGetsAnApplyOfItsOwn() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        clients.insert(TestData.enabledClient("early", 0, "10.0.0.2"));
        CountDownLatch firstApplyRunning = new CountDownLatch(1);
        CountDownLatch releaseFirstApply = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        OverlapDetectingWireGuard wireGuard = new OverlapDetectingWireGuard(i -> {
            if (seen.incrementAndGet() == 1) {
                firstApplyRunning.countDown();
                try {
                    releaseFirstApply.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        KernelApplier kernel = new KernelApplier(interfaces, clients, wireGuard, new MutableClock(NOW));

        Future<KernelOutcome> first = pool.submit(() -> kernel.apply(wg0.id()));
        assertTrue(firstApplyRunning.await(10, TimeUnit.SECONDS));
        clients.insert(TestData.enabledClient("late", 0, "10.0.0.3"));   // committed after the first apply read the state
        AtomicReference<KernelOutcome> second = new AtomicReference<>();
        Thread latecomer = new Thread(() -> second.set(kernel.apply(wg0.id())), "latecomer");
        latecomer.start();
        awaitBlocked(latecomer);
        releaseFirstApply.countDown();
        latecomer.join(10_000);

        assertTrue(first.get(10, TimeUnit.SECONDS).applied());
        assertTrue(second.get().applied());
        assertEquals(2, wireGuard.calls.get(), "the latecomer must not reuse the outcome of an apply that missed its change");
        assertEquals(Set.of("early"), wireGuard.peersOfEachCall.get(0));
        assertEquals(Set.of("early", "late"), wireGuard.peersOfEachCall.get(1));
    }

    @Test
    void callersWaitingBehindARunningApplyShareOneFollowUpApply() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        interfaces.insert(wg0);
        CountDownLatch firstApplyRunning = new CountDownLatch(1);
        CountDownLatch releaseFirstApply = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        OverlapDetectingWireGuard wireGuard = new OverlapDetectingWireGuard(i -> {
            int call = seen.incrementAndGet();
            if (call == 1) {
                firstApplyRunning.countDown();
                try {
                    releaseFirstApply.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                throw new WireGuardPort.KernelOperationException("wg0 went away");
            }
        });
        KernelApplier kernel = new KernelApplier(interfaces, clients, wireGuard, new MutableClock(NOW));

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
            awaitBlocked(thread);
        }
        releaseFirstApply.countDown();
        for (Thread thread : waiting) {
            thread.join(10_000);
        }

        assertTrue(first.get(10, TimeUnit.SECONDS).applied());
        assertEquals(2, wireGuard.calls.get(), "both waiters are covered by one follow-up apply");
        assertEquals(Set.of("b", "c"), wireGuard.peersOfEachCall.get(1));
        for (AtomicReference<KernelOutcome> outcome : outcomes) {
            assertFalse(outcome.get().applied(), "the shared apply failed, so every caller it covered is told so");
            assertTrue(outcome.get().message().contains("wg0 went away"), outcome.get().message());
        }
        assertEquals(1, kernel.alerts().size(), "one failed apply is one alert, however many callers shared it");
    }

    @Test
    void differentInterfacesAreAppliedInParallel() throws Exception {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        WgInterface wg1 = TestData.wgInterface(1, "10.1.0.1/24", 51821);
        interfaces.insert(wg0);
        interfaces.insert(wg1);
        // Each apply waits for the other interface's apply to be running too; a global lock would time out.
        CyclicBarrier bothRunning = new CyclicBarrier(2);
        OverlapDetectingWireGuard wireGuard = new OverlapDetectingWireGuard(i -> {
            try {
                bothRunning.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new WireGuardPort.KernelOperationException("the other interface was not being applied: " + e);
            }
        });
        KernelApplier kernel = new KernelApplier(interfaces, clients, wireGuard, new MutableClock(NOW));

        Future<KernelOutcome> first = pool.submit(() -> kernel.apply(wg0.id()));
        Future<KernelOutcome> second = pool.submit(() -> kernel.apply(wg1.id()));

        KernelOutcome a = first.get(20, TimeUnit.SECONDS);
        KernelOutcome b = second.get(20, TimeUnit.SECONDS);
        assertTrue(a.applied(), a.message());
        assertTrue(b.applied(), b.message());
        assertEquals(List.of(), kernel.alerts());
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
        OverlapDetectingWireGuard wireGuard = new OverlapDetectingWireGuard(i -> {
            pause(1);
            if (i.id().value() < 2) {
                throw new WireGuardPort.KernelOperationException(i.name() + " is down");
            }
        });
        KernelApplier kernel = new KernelApplier(interfaces, clients, wireGuard, new MutableClock(NOW));
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

        int failedApplies = wireGuard.callsPerInterface.get(new InterfaceId(0)).get()
                + wireGuard.callsPerInterface.get(new InterfaceId(1)).get();
        List<String> alerts = kernel.alerts();
        assertEquals(Math.min(KernelApplier.MAX_ALERTS, failedApplies), alerts.size(), alerts.toString());
        assertTrue(alerts.stream().allMatch(a -> a.contains("wg0 is down") || a.contains("wg1 is down")), alerts.toString());
        assertEquals(1, wireGuard.maxOverlapSameInterface.get());
    }
}
