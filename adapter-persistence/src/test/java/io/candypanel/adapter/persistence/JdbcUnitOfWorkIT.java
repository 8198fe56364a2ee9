package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.SettingKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcUnitOfWorkIT {
    @TempDir
    Path temp;

    private Database database;
    private JdbcUnitOfWork unitOfWork;
    private JdbcClientRepository clients;
    private JdbcSettingsRepository settings;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        unitOfWork = new JdbcUnitOfWork(database);
        clients = new JdbcClientRepository(database);
        settings = new JdbcSettingsRepository(database);
        new JdbcInterfaceRepository(database, Clock.fixed(Fixtures.T0, ZoneOffset.UTC)).insert(Fixtures.wg0());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void workIsCommittedAndItsResultReturned() {
        String result = unitOfWork.inTransaction(() -> {
            clients.insert(Fixtures.client("alice", 0));
            clients.insert(Fixtures.client("bob", 1));
            return "done";
        });

        assertEquals("done", result);
        assertEquals(2, clients.count());
        assertEquals(0, database.pool().getHikariPoolMXBean().getActiveConnections(), "the connection went back to the pool");
    }

    @Test
    void anExceptionRollsEverythingBackAndIsRethrownUnchanged() {
        IllegalStateException failure = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            clients.insert(Fixtures.client("alice", 0));
            settings.saveAll(Map.of(SettingKey.DNS, "1.1.1.1"));
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(0, clients.count());
        assertEquals(SettingKey.DNS.defaultValue(), settings.load().dns());
        assertEquals(0, database.pool().getHikariPoolMXBean().getActiveConnections());
    }

    @Test
    void anErrorRollsBackToo() {
        assertThrows(AssertionError.class, () -> unitOfWork.run(() -> {
            clients.insert(Fixtures.client("alice", 0));
            throw new AssertionError("fail");
        }));

        assertEquals(0, clients.count());
    }

    @Test
    void aFailedStatementBecomesAPersistenceExceptionAndRollsBackEarlierWrites() {
        PersistenceException e = assertThrows(PersistenceException.class, () -> unitOfWork.run(() -> {
            clients.insert(Fixtures.client("alice", 0));
            clients.insert(Fixtures.client("alice", 1));
        }));

        JdbcClientRepositoryIT.assertConstraintViolation(e);
        assertEquals(0, clients.count());
    }

    @Test
    void theTransactionIsInvisibleToOthersUntilCommit() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            unitOfWork.run(() -> {
                clients.insert(Fixtures.client("alice", 0));
                assertEquals(1, clients.count(), "the transaction sees its own write");
                // Another thread reads on its own autocommit connection, without waiting (WAL).
                assertEquals(0L, get(other.submit(clients::count)));
            });
            assertEquals(1L, get(other.submit(clients::count)));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aNestedCallJoinsTheOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            clients.insert(Fixtures.client("alice", 0));
            unitOfWork.run(() -> {
                assertTrue(clients.existsByName(Fixtures.client("alice", 0).name()), "inner work sees the outer write");
                clients.insert(Fixtures.client("bob", 1));
            });
            assertEquals(2, clients.count());
            throw new IllegalStateException("the outer work fails after the nested one succeeded");
        }));

        assertEquals(0, clients.count(), "the nested writes were part of the outer transaction");
    }

    @Test
    void aFailedNestedCallUndoesOnlyItsOwnWritesWhenTheOuterWorkGoesOn() {
        unitOfWork.run(() -> {
            clients.insert(Fixtures.client("alice", 0));
            RuntimeException inner = assertThrows(RuntimeException.class, () -> unitOfWork.run(() -> {
                clients.insert(Fixtures.client("bob", 1));
                throw new RuntimeException("inner");
            }));
            assertEquals("inner", inner.getMessage());
            clients.insert(Fixtures.client("carol", 2));
        });

        assertEquals(List.of("alice", "carol"), clients.findAll().stream().map(c -> c.name().value()).toList());
    }

    @Test
    void manyThreadsRunningWriteTransactionsAllSucceedAndNoUpdateIsLost() throws Exception {
        int threads = 48;
        int transactionsPerThread = 20;
        settings.saveAll(Map.of(SettingKey.BANDWIDTH, "0"));
        JdbcSessionRepository sessions = new JdbcSessionRepository(database);

        runConcurrently(threads, thread -> {
            for (int i = 0; i < transactionsPerThread; i++) {
                String token = thread + "-" + i;
                unitOfWork.run(() -> {
                    // Read-modify-write: a lost update would show in the final count.
                    long bandwidth = settings.load().bandwidthBytes();
                    sessions.insert(new Session(TokenHash.of(token), "admin", Fixtures.T0, Fixtures.T0.plusSeconds(60)));
                    settings.saveAll(Map.of(SettingKey.BANDWIDTH, Long.toString(bandwidth + 1)));
                });
            }
        });

        assertEquals(threads * transactionsPerThread, settings.load().bandwidthBytes());
        assertEquals(threads * transactionsPerThread, Fixtures.queryLong(database, "SELECT COUNT(*) FROM sessions"));
    }

    @Test
    void twoDatabasesOnTheSameFileQueueOnSqlitesLockInsteadOfFailing() throws Exception {
        // A second pool on the same file stands in for another process (the CLI, a backup): the JVM
        // lock does not cover it, BEGIN IMMEDIATE plus the busy timeout must.
        Database second = Fixtures.startedDatabase(temp);
        try {
            List<JdbcUnitOfWork> units = List.of(unitOfWork, new JdbcUnitOfWork(second));
            List<JdbcSettingsRepository> stores = List.of(settings, new JdbcSettingsRepository(second));
            settings.saveAll(Map.of(SettingKey.UPTIME, "0"));
            int threads = 16;
            int transactionsPerThread = 10;

            runConcurrently(threads, thread -> {
                JdbcUnitOfWork units0 = units.get(thread % 2);
                JdbcSettingsRepository store = stores.get(thread % 2);
                for (int i = 0; i < transactionsPerThread; i++) {
                    units0.run(() -> {
                        long uptime = store.load().uptimeSeconds();
                        store.saveAll(Map.of(SettingKey.UPTIME, Long.toString(uptime + 1)));
                    });
                }
            });

            assertEquals(threads * transactionsPerThread, settings.load().uptimeSeconds());
        } finally {
            second.close();
        }
    }

    @Test
    void aThreadInterruptedWhileWaitingForItsTurnGivesUp() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> unitOfWork.run(() -> {
                holding.countDown();
                await(release);
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));

            AtomicReference<Throwable> seen = new AtomicReference<>();
            AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                try {
                    unitOfWork.run(() -> clients.insert(Fixtures.client("late", 0)));
                } catch (Throwable t) {
                    seen.set(t);
                    interruptedAfter.set(Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            while (!database.transactionLock().hasQueuedThread(waiter)) {
                Thread.onSpinWait();
            }
            waiter.interrupt();
            waiter.join(10_000);
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);

            assertInstanceOf(PersistenceException.class, seen.get());
            assertTrue(interruptedAfter.get(), "the interrupt flag is restored");
            assertFalse(clients.existsByName(Fixtures.client("late", 0).name()));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    interface ThreadBody {
        void run(int thread) throws Exception;
    }

    /** Starts every thread at once and fails with the first error any of them met. */
    static void runConcurrently(int threads, ThreadBody body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    body.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
