package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static io.candypanel.application.contract.ContractData.client;
import static io.candypanel.application.contract.ContractData.wg0;
import static io.candypanel.application.contract.ContractData.wg1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.core.StoragePorts;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.InterfaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code UnitOfWorkPort}: a transaction around a use case's reads and writes, with one
 * writer at a time; its writes are seen by nobody else until it commits; any exception (or error)
 * rolls back everything done inside it, whichever repository did it, and is rethrown unchanged; a
 * nested call joins the outer transaction, and a nested call that fails undoes only its own writes
 * when the outer work catches the failure and goes on.
 */
public abstract class UnitOfWorkContract extends StorageContract {

    @Test
    public void workIsCommittedAndItsResultReturned() {
        StoragePorts s = ports();

        String result = s.unitOfWork().inTransaction(() -> {
            s.interfaces().insert(wg0());
            s.clients().insert(client("alice", 0));
            s.settings().saveAll(Map.of(SettingKey.DNS, "1.1.1.1"));
            return "done";
        });

        assertEquals("done", result);
        assertTrue(s.interfaces().findById(InterfaceId.FIRST).isPresent());
        assertTrue(s.clients().existsByName(new ClientName("alice")));
        assertEquals("1.1.1.1", s.settings().load().get(SettingKey.DNS));
    }

    @Test
    public void anExceptionRollsBackEverythingDoneInsideTheUnitAndIsRethrownUnchanged() {
        StoragePorts s = ports();
        IllegalStateException failure = new IllegalStateException("the use case changed its mind");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> s.unitOfWork().run(() -> {
            writeToEveryKindOfTable(s);
            throw failure;
        }));

        assertSame(failure, thrown);
        assertNothingStored(s);
    }

    @Test
    public void anErrorRollsBackToo() {
        StoragePorts s = ports();
        Error failure = new AssertionError("an error, not an exception");

        Error thrown = assertThrows(AssertionError.class, () -> s.unitOfWork().run(() -> {
            writeToEveryKindOfTable(s);
            throw failure;
        }));

        assertSame(failure, thrown);
        assertNothingStored(s);
    }

    @Test
    public void aRefusedWriteRollsBackTheEarlierWritesOfTheUnit() {
        StoragePorts s = ports();

        assertThrows(RuntimeException.class, () -> s.unitOfWork().run(() -> {
            s.interfaces().insert(wg0());
            s.clients().insert(client("alice", 0));
            s.clients().insert(client("alice", 1)); // the name is taken
        }));

        assertEquals(List.of(), s.interfaces().findAll());
        assertEquals(0, s.clients().count());
    }

    @Test
    public void theTransactionSeesItsOwnWritesAndNobodyElseDoesUntilItCommits() throws Exception {
        StoragePorts s = ports();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> sawOwnWrite = writer.submit(() -> s.unitOfWork().inTransaction(() -> {
                s.interfaces().insert(wg0());
                s.settings().saveAll(Map.of(SettingKey.DNS, "9.9.9.9"));
                boolean seen = s.interfaces().findById(InterfaceId.FIRST).isPresent()
                        && "9.9.9.9".equals(s.settings().load().get(SettingKey.DNS));
                written.countDown();
                await(mayCommit);
                return seen;
            }));
            await(written);

            assertEquals(Optional.empty(), s.interfaces().findById(InterfaceId.FIRST), "uncommitted write seen");
            assertEquals(List.of(), s.interfaces().findAll());
            assertEquals(Settings.defaults().get(SettingKey.DNS), s.settings().load().get(SettingKey.DNS));

            mayCommit.countDown();
            assertTrue(sawOwnWrite.get(30, TimeUnit.SECONDS), "the transaction did not see its own writes");
        } finally {
            mayCommit.countDown();
            writer.shutdownNow();
        }
        assertTrue(s.interfaces().findById(InterfaceId.FIRST).isPresent());
        assertEquals("9.9.9.9", s.settings().load().get(SettingKey.DNS));
    }

    @Test
    public void aNestedCallJoinsTheOuterTransaction() {
        StoragePorts s = ports();

        assertThrows(IllegalStateException.class, () -> s.unitOfWork().run(() -> {
            s.interfaces().insert(wg0());
            s.unitOfWork().run(() -> s.clients().insert(client("alice", 0)));
            throw new IllegalStateException("outer fails after the nested call returned");
        }));
        assertEquals(0, s.clients().count(), "the nested write went down with the outer transaction");
        assertEquals(List.of(), s.interfaces().findAll());

        s.unitOfWork().run(() -> {
            s.interfaces().insert(wg0());
            s.unitOfWork().run(() -> s.clients().insert(client("alice", 0)));
        });
        assertEquals(1, s.clients().count());
    }

    @Test
    public void aFailedNestedCallUndoesOnlyItsOwnWritesWhenTheOuterWorkGoesOn() {
        StoragePorts s = ports();

        s.unitOfWork().run(() -> {
            s.interfaces().insert(wg0());
            s.clients().insert(client("alice", 0));
            try {
                s.unitOfWork().run(() -> {
                    s.clients().insert(client("bob", 1));
                    s.interfaces().insert(wg1());
                    throw new IllegalStateException("nested work fails");
                });
            } catch (IllegalStateException expected) {
                // the outer work decides to go on
            }
            s.clients().insert(client("carol", 2));
        });

        assertEquals(List.of("alice", "carol"), s.clients().findAll().stream().map(c -> c.name().value()).toList());
        assertEquals(List.of(InterfaceId.FIRST), s.interfaces().findAll().stream().map(i -> i.id()).toList());
    }

    @Test
    public void oneWriterAtATimeSoThatNoUpdateIsLost() throws Exception {
        StoragePorts s = ports();
        int threads = 8;
        int incrementsPerThread = 25;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    await(start);
                    for (int i = 0; i < incrementsPerThread; i++) {
                        s.unitOfWork().run(() -> {
                            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            long current = s.settings().load().bandwidthBytes();
                            s.settings().saveAll(Map.of(SettingKey.BANDWIDTH, Long.toString(current + 1)));
                            inside.decrementAndGet();
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals((long) threads * incrementsPerThread, s.settings().load().bandwidthBytes());
        assertEquals(1, mostInside.get(), "two transactions ran at the same time");
    }

    @Test
    public void aWriteOutsideAnyTransactionIsKeptAtOnce() {
        StoragePorts s = ports();

        s.interfaces().insert(wg0());
        s.clients().insert(client("alice", 0, InterfaceId.FIRST, Ipv4Address.parse("10.0.0.9")));

        assertEquals(1, s.clients().count());
        assertTrue(s.unitOfWork().inTransaction(() -> s.clients().existsByName(new ClientName("alice"))));
    }

    private static void writeToEveryKindOfTable(StoragePorts s) {
        s.interfaces().insert(wg0());
        s.clients().insert(client("alice", 0));
        s.settings().saveAll(Map.of(SettingKey.DNS, "1.1.1.1", SettingKey.INSTALLED, "1"));
        s.audit().insert(new AuditEntry(T0, "admin", "client.create", "alice", ""));
        s.botUsers().insert(BotUser.create(new TelegramId(42), T0));
    }

    private static void assertNothingStored(StoragePorts s) {
        assertEquals(List.of(), s.interfaces().findAll());
        assertEquals(0, s.clients().count());
        assertEquals(Settings.defaults().asMap(), s.settings().load().asMap());
        assertEquals(0, s.audit().count());
        assertEquals(List.of(), s.botUsers().findAll());
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for another thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
