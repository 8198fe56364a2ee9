package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupNotFoundException;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.client.ClientName;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots, their names, and restoring them, on real SQLite files with the real changelog. */
class SqliteBackupsIT {
    /** Fixtures.T0 in the UTC form of a backup name. */
    private static final String T0_NAME = "candypanel-20260101-000000-123.db";
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path temp;

    private Path dataDirectory;
    private Path backupsDirectory;
    private Database database;
    private MutableClock clock;
    private SqliteBackups backups;
    private JdbcClientRepository clients;

    @BeforeEach
    void start() {
        dataDirectory = temp.resolve("data");
        backupsDirectory = dataDirectory.resolve("backups");
        database = Fixtures.startedDatabase(dataDirectory);
        clock = new MutableClock(Fixtures.T0);
        backups = new SqliteBackups(database, new PersistenceConfig(dataDirectory), clock);
        clients = new JdbcClientRepository(database);
        new JdbcInterfaceRepository(database, clock).insert(Fixtures.wg0());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Nested
    class Snapshots {
        @Test
        void aSnapshotIsAPrivateCopyNamedFromTheClockInUtc() throws Exception {
            clients.insert(Fixtures.client("alice", 0));
            // The clock's zone does not matter: names are UTC.
            SqliteBackups tehran = new SqliteBackups(database, backupsDirectory, Clock.fixed(Fixtures.T0, ZoneId.of("Asia/Tehran")));

            BackupInfo snapshot = tehran.snapshot();

            Path file = backupsDirectory.resolve(T0_NAME);
            assertEquals(new BackupInfo(T0_NAME, Files.size(file), Fixtures.T0), snapshot);
            assertTrue(snapshot.sizeBytes() > 0);
            assertEquals(1, queryLong(file, "SELECT COUNT(*) FROM clients"));
            assertEquals("ok", queryString(file, "PRAGMA integrity_check"));
            assertEquals(List.of(snapshot), backups.list());
        }

        @Test
        void theBackupsDirectoryIs0700AndEverySnapshot0600() throws Exception {
            assumeTrue(OwnerOnlyFiles.supportsPosix(temp), "needs a POSIX file system");

            BackupInfo snapshot = backups.snapshot();

            assertEquals("rwx------", mode(backupsDirectory));
            assertEquals("rw-------", mode(backupsDirectory.resolve(snapshot.name())));
        }

        @Test
        void snapshotsOfTheSameMillisecondGetTheNextFreeName() {
            BackupInfo first = backups.snapshot();
            BackupInfo second = backups.snapshot();

            assertEquals(T0_NAME, first.name());
            assertEquals("candypanel-20260101-000000-124.db", second.name());
            assertEquals(Fixtures.T0.plusMillis(1), second.createdAt());
        }

        @Test
        void aSnapshotDoesNotPutSqliteFilesBesideItself() throws Exception {
            backups.snapshot();

            try (var files = Files.list(backupsDirectory)) {
                assertEquals(List.of(T0_NAME), files.map(f -> f.getFileName().toString()).toList());
            }
        }

        @Test
        void aSnapshotTakenWhileAnotherThreadWritesIsConsistent() throws Exception {
            // Every transaction inserts a client and records the new total in a setting: in a
            // consistent snapshot the two always agree.
            JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            CountDownLatch warmedUp = new CountDownLatch(50);
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 5_000 && !stop.get(); i++) {
                        int n = i + 1;
                        unitOfWork.run(() -> {
                            clients.insert(Fixtures.client("c" + n, n));
                            Fixtures.execute(database, "INSERT INTO settings (key, value) VALUES ('written', '" + n + "')"
                                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
                        });
                        written.set(n);
                        warmedUp.countDown();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                } finally {
                    while (warmedUp.getCount() > 0) {
                        warmedUp.countDown();
                    }
                }
            }, "backup-test-writer");
            writer.start();
            List<BackupInfo> snapshots = new ArrayList<>();
            List<Integer> writtenBefore = new ArrayList<>();
            try {
                assertTrue(warmedUp.await(WAIT_SECONDS, TimeUnit.SECONDS));
                for (int i = 0; i < 3; i++) {
                    writtenBefore.add(written.get());
                    clock.advance(Duration.ofSeconds(1));
                    snapshots.add(backups.snapshot());
                }
            } finally {
                stop.set(true);
                writer.join();
            }
            assertEquals(null, failure.get());

            for (int i = 0; i < snapshots.size(); i++) {
                Path file = backupsDirectory.resolve(snapshots.get(i).name());
                long count = queryLong(file, "SELECT COUNT(*) FROM clients");
                assertEquals(String.valueOf(count), queryString(file, "SELECT value FROM settings WHERE key = 'written'"),
                        "clients and the counter come from the same transaction");
                assertTrue(count >= writtenBefore.get(i) && count <= written.get(), count + " within the writes");
                assertEquals("ok", queryString(file, "PRAGMA integrity_check"));
            }
            assertEquals(written.get(), clients.count(), "the writer lost nothing");
        }

        @Test
        void aSnapshotIsRefusedInsideATransaction() {
            new JdbcUnitOfWork(database).run(() -> assertThrows(IllegalStateException.class, backups::snapshot));

            assertEquals(List.of(), backups.list());
        }
    }

    @Nested
    class Names {
        @Test
        void beforeTheFirstSnapshotThereAreNoBackupsAndNoDirectory() {
            assertEquals(List.of(), backups.list());
            assertEquals(Optional.empty(), backups.find(T0_NAME));
            assertEquals(0, backups.prune(0));
            assertFalse(Files.exists(backupsDirectory));
        }

        @Test
        void listIsNewestFirstWhateverTheOrderTheyWereTakenIn() {
            BackupInfo dayLater = snapshotAt(Fixtures.T0.plus(Duration.ofDays(1)));
            BackupInfo first = snapshotAt(Fixtures.T0);
            BackupInfo hourLater = snapshotAt(Fixtures.T0.plus(Duration.ofHours(1)));

            assertEquals(List.of(dayLater, hourLater, first), backups.list());
            assertEquals(Fixtures.T0.plus(Duration.ofDays(1)), backups.list().get(0).createdAt());
            assertEquals("candypanel-20260102-000000-123.db", dayLater.name());
        }

        @Test
        void onlyRegularFilesNamedExactlyLikeABackupAreListed() throws Exception {
            BackupInfo real = backups.snapshot();
            for (String stray : List.of("notes.txt", "candypanel.db", T0_NAME + ".tmp", "x" + T0_NAME,
                    "candypanel-2026-01-01.db", "candypanel-20260101-000000-12.db", "Candypanel-20260101-000000-000.db",
                    "candypanel-20261301-000000-000.db", "candypanel-20260101-250000-000.db", T0_NAME + "-wal")) {
                Files.writeString(backupsDirectory.resolve(stray), "not a backup");
            }
            Files.createDirectory(backupsDirectory.resolve("candypanel-20250101-000000-000.db"));
            try {
                Files.createSymbolicLink(backupsDirectory.resolve("candypanel-20240101-000000-000.db"), database.file());
            } catch (UnsupportedOperationException | IOException e) {
                // no symbolic links here: the other strays still count
            }

            assertEquals(List.of(real), backups.list());
        }

        @Test
        void findReturnsOnlyANameFromTheList() throws Exception {
            BackupInfo snapshot = backups.snapshot();
            Files.copy(backupsDirectory.resolve(snapshot.name()), dataDirectory.resolve("candypanel-20200101-000000-000.db"));

            assertEquals(Optional.of(snapshot), backups.find(snapshot.name()));
            for (String name : List.of("../candypanel.db", "/etc/passwd", "../candypanel-20200101-000000-000.db",
                    backupsDirectory.resolve(snapshot.name()).toString(), "./" + snapshot.name(), snapshot.name() + "/",
                    "backups/" + snapshot.name(), snapshot.name() + "/../../candypanel.db", "", "candypanel.db")) {
                assertEquals(Optional.empty(), backups.find(name), name);
                assertThrows(BackupNotFoundException.class, () -> backups.restore(name), name);
            }
            assertEquals(List.of(snapshot), backups.list(), "no safety snapshot: nothing was restored");
        }

        @Test
        void pruneDeletesAllButTheNewest() throws Exception {
            BackupInfo b1 = snapshotAt(Fixtures.T0);
            BackupInfo b2 = snapshotAt(Fixtures.T0.plusSeconds(1));
            BackupInfo b3 = snapshotAt(Fixtures.T0.plusSeconds(2));
            BackupInfo b4 = snapshotAt(Fixtures.T0.plusSeconds(3));
            Files.writeString(backupsDirectory.resolve("notes.txt"), "kept");

            assertEquals(2, backups.prune(2));
            assertEquals(List.of(b4, b3), backups.list());
            assertFalse(Files.exists(backupsDirectory.resolve(b1.name())));
            assertFalse(Files.exists(backupsDirectory.resolve(b2.name())));

            assertEquals(0, backups.prune(5));
            assertEquals(List.of(b4, b3), backups.list());

            assertEquals(2, backups.prune(0));
            assertEquals(List.of(), backups.list());
            assertTrue(Files.exists(backupsDirectory.resolve("notes.txt")), "only backups are pruned");
            assertThrows(IllegalArgumentException.class, () -> backups.prune(-1));
        }
    }

    @Nested
    class Restore {
        @Test
        void theOldDataComesBackTheRepositoriesGoOnAndASafetySnapshotUndoesIt() throws Exception {
            clients.insert(Fixtures.client("alice", 0));
            setting("dns", "1.1.1.1");
            BackupInfo snapshot = backups.snapshot();
            clients.delete(new ClientName("alice"));
            clients.insert(Fixtures.client("bob", 1));
            setting("dns", "9.9.9.9");
            new JdbcAuditRepository(database).insert(new AuditEntry(Fixtures.T0, "cli", "client.create", "bob", ""));
            clock.advance(Duration.ofMinutes(1));

            backups.restore(snapshot.name());

            assertEquals(List.of("alice"), clientNames());
            assertEquals("1.1.1.1", setting("dns"));
            assertEquals(0, new JdbcAuditRepository(database).count());
            // The repositories made before the restore work on the restored database, in transactions too.
            new JdbcUnitOfWork(database).run(() -> clients.insert(Fixtures.client("carol", 2)));
            assertEquals(List.of("alice", "carol"), clientNames());

            List<BackupInfo> all = backups.list();
            assertEquals(2, all.size());
            BackupInfo safety = all.get(0);
            assertEquals(snapshot, all.get(1));
            assertEquals(Fixtures.T0.plus(Duration.ofMinutes(1)), safety.createdAt());
            Path safetyFile = backupsDirectory.resolve(safety.name());
            assertEquals(1, queryLong(safetyFile, "SELECT COUNT(*) FROM clients WHERE name = 'bob'"), "the database as it was");
            assertEquals(1, queryLong(safetyFile, "SELECT COUNT(*) FROM audit_log"));

            clock.advance(Duration.ofMinutes(1));
            backups.restore(safety.name());

            assertEquals(List.of("bob"), clientNames());
            assertEquals("9.9.9.9", setting("dns"));
            assertEquals(1, new JdbcAuditRepository(database).count());
            assertEquals(3, backups.list().size(), "undoing took a safety snapshot as well");
            assertNoTemporaryFilesIn(dataDirectory);
        }

        @Test
        void theRestoredDatabaseFileIs0600() throws Exception {
            assumeTrue(OwnerOnlyFiles.supportsPosix(temp), "needs a POSIX file system");
            BackupInfo snapshot = backups.snapshot();

            backups.restore(snapshot.name());

            assertEquals("rw-------", mode(database.file()));
            for (BackupInfo backup : backups.list()) {
                assertEquals("rw-------", mode(backupsDirectory.resolve(backup.name())));
            }
        }

        @Test
        void aFileFromOutsideIsRestoredAndTheSafetySnapshotIsReturned() throws Exception {
            clients.insert(Fixtures.client("alice", 0));
            BackupInfo snapshot = backups.snapshot();
            Path outside = Files.createDirectories(temp.resolve("export dir 'quoted' #1?")).resolve("my backup.db");
            Files.copy(backupsDirectory.resolve(snapshot.name()), outside);
            backups.prune(0);
            clients.insert(Fixtures.client("bob", 1));
            clock.advance(Duration.ofSeconds(5));

            BackupInfo safety = backups.restoreFromFile(outside);

            assertEquals(List.of("alice"), clientNames());
            assertEquals(List.of(safety), backups.list());
            assertEquals(Fixtures.T0.plusSeconds(5), safety.createdAt());
            assertEquals(2, queryLong(backupsDirectory.resolve(safety.name()), "SELECT COUNT(*) FROM clients"));
            assertTrue(Files.exists(outside), "the outside file is copied, not moved");
            assertNoTemporaryFilesIn(dataDirectory);
        }

        @Test
        void aBackupOfAnOlderSchemaIsMigratedForward() throws Exception {
            clients.insert(Fixtures.client("alice", 0));
            Path old = backupsDirectory.resolve(backups.snapshot().name());
            // Turn the snapshot into one of release 0.1.0, which had no audit log, no bot tables and no IPv6 columns.
            executeOn(old, Fixtures.BACK_TO_RELEASE_040.toArray(String[]::new));
            executeOn(old, "DROP TABLE bot_notice_states", "DROP TABLE bot_conversations", "DROP TABLE bot_transactions",
                    "DROP TABLE bot_users", "DROP TABLE audit_log", "DELETE FROM DATABASECHANGELOG WHERE ID NOT LIKE '0.1.0-%'");
            clock.advance(Duration.ofSeconds(1));

            backups.restore(old.getFileName().toString());

            assertEquals(List.of("alice"), clientNames());
            assertEquals(14, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
            assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM bot_users"));
            JdbcAuditRepository audit = new JdbcAuditRepository(database);
            audit.insert(new AuditEntry(Fixtures.T0, "cli", "backup.restore", "", ""));
            assertEquals(1, audit.count());
        }

        @Test
        void statementsAndTransactionsDuringARestoreWaitAndThenUseTheRestoredDatabase() throws Exception {
            BackupInfo snapshot = backups.snapshot();
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean restored = new AtomicBoolean();
            ConcurrentLinkedQueue<String> startedAfterRestore = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch before = new CountDownLatch(2 * 20);
            CountDownLatch after = new CountDownLatch(2 * 20);
            // One thread runs statements on their own (autocommit), the other whole transactions.
            List<Thread> workers = new ArrayList<>();
            for (boolean inTransactions : new boolean[] {false, true}) {
                String kind = inTransactions ? "tx" : "stmt";
                workers.add(new Thread(() -> {
                    try {
                        for (int i = 0; !stop.get(); i++) {
                            boolean late = restored.get();
                            String token = kind + "-" + i;
                            Session session = new Session(TokenHash.of(token), "admin", Fixtures.T0, Fixtures.T0.plusSeconds(60));
                            if (inTransactions) {
                                unitOfWork.run(() -> {
                                    sessions.insert(session);
                                    sessions.findByUsername("admin");
                                });
                            } else {
                                sessions.insert(session);
                                sessions.findByUsername("admin");
                                clients.count();
                            }
                            before.countDown();
                            if (late) {
                                startedAfterRestore.add(token);
                                after.countDown();
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        releaseAll(before);
                        releaseAll(after);
                    }
                }, "restore-test-" + kind));
            }
            workers.forEach(Thread::start);
            try {
                assertTrue(before.await(WAIT_SECONDS, TimeUnit.SECONDS));
                clock.advance(Duration.ofSeconds(1));
                backups.restore(snapshot.name());
                restored.set(true);
                assertTrue(after.await(WAIT_SECONDS, TimeUnit.SECONDS));
            } finally {
                stop.set(true);
                for (Thread worker : workers) {
                    worker.join();
                }
            }

            assertEquals(List.of(), List.copyOf(failures), "no statement failed while the file was replaced");
            Set<String> stored = new TreeSet<>();
            for (Session session : sessions.findByUsername("admin")) {
                stored.add(session.tokenHash().hex());
            }
            assertFalse(startedAfterRestore.isEmpty());
            for (String token : startedAfterRestore) {
                assertTrue(stored.contains(TokenHash.of(token).hex()), token + " written after the restore is kept");
            }
        }

        @Test
        void aRestoreIsRefusedInsideATransaction() {
            BackupInfo snapshot = backups.snapshot();

            new JdbcUnitOfWork(database).run(() ->
                    assertThrows(IllegalStateException.class, () -> backups.restore(snapshot.name())));

            assertEquals(List.of(snapshot), backups.list());
        }
    }

    /** Each refusal leaves the live database as it was: same data, no safety snapshot, the pool working. */
    @Nested
    class Refusals {
        private BackupInfo good;

        @BeforeEach
        void liveData() {
            clients.insert(Fixtures.client("alice", 0));
            setting("dns", "1.1.1.1");
            good = backups.snapshot();
            clock.advance(Duration.ofMinutes(1));
            clients.insert(Fixtures.client("bob", 1)); // only in the live database
        }

        @Test
        void aTextFileWithABackupsName() throws Exception {
            Path fake = backupsDirectory.resolve("candypanel-20250101-000000-000.db");
            Files.writeString(fake, "This is a text file renamed to look like a backup. ".repeat(40));

            assertRefused(fake.getFileName().toString(), "is not an SQLite database");
        }

        @Test
        void anEmptyFileWithABackupsName() throws Exception {
            Path empty = Files.createFile(backupsDirectory.resolve("candypanel-20250101-000000-000.db"));

            assertRefused(empty.getFileName().toString(), "is not a CandyPanel database");
        }

        @Test
        void anSqliteDatabaseThatIsNotThePanels() throws Exception {
            Path other = backupsDirectory.resolve("candypanel-20250101-000000-000.db");
            executeOn(other, "CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('candy')");

            String message = assertRefused(other.getFileName().toString(), "is not a CandyPanel database");
            assertTrue(message.contains("clients") && message.contains("DATABASECHANGELOG".toLowerCase()), message);
        }

        @Test
        void aPanelDatabaseWithoutItsChangelog() throws Exception {
            Path file = copyOfGood("candypanel-20250101-000000-000.db");
            executeOn(file, "DROP TABLE DATABASECHANGELOG");

            assertRefused(file.getFileName().toString(), "missing tables: databasechangelog");
        }

        @Test
        void aPanelDatabaseOfANewerSchema() throws Exception {
            Path newer = copyOfGood("candypanel-20250101-000000-000.db");
            executeOn(newer, """
                    INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM)
                    VALUES ('9.0.0-1-from-the-future', 'candypanel', 'db/changelog/releases/9.0.0.xml', '2030-01-01 00:00:00', 99,
                            'EXECUTED', '9:00000000000000000000000000000000')""");

            String message = assertRefused(newer.getFileName().toString(), "comes from a newer CandyPanel");
            assertTrue(message.contains("9.0.0-1-from-the-future"), message);
        }

        @Test
        void aPanelDatabaseWhoseKnownChangeSetHasAnotherChecksum() throws Exception {
            Path altered = copyOfGood("candypanel-20250101-000000-000.db");
            executeOn(altered, """
                    UPDATE DATABASECHANGELOG SET MD5SUM = substr(MD5SUM, 1, instr(MD5SUM, ':')) || 'ffffffffffffffffffffffffffffffff'
                    WHERE ID = '0.1.0-2-clients'""");

            assertRefused(altered.getFileName().toString(), "0.1.0-2-clients");
        }

        @Test
        void aDamagedDatabase() throws Exception {
            Path damaged = copyOfGood("candypanel-20250101-000000-000.db");
            long pageSize = queryLong(damaged, "PRAGMA page_size");
            long pages = queryLong(damaged, "PRAGMA page_count");
            assertTrue(pages > 3, "enough pages to damage some");
            byte[] garbage = new byte[(int) pageSize];
            Arrays.fill(garbage, (byte) 0x5a);
            try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
                for (long page = 2; page < pages; page++) { // every page but the first (the header and schema)
                    file.seek(page * pageSize);
                    file.write(garbage);
                }
            }

            assertRefused(damaged.getFileName().toString(), "is damaged");
        }

        @Test
        void aCopyTakenDuringAMigration() throws Exception {
            Path locked = copyOfGood("candypanel-20250101-000000-000.db");
            executeOn(locked, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKGRANTED = '2026-01-01 00:00:00', LOCKEDBY = 'elsewhere'");

            assertRefused(locked.getFileName().toString(), "schema migration was running");
        }

        @Test
        void anOutsideFileWithAWriteAheadLogBesideIt() throws Exception {
            Path outside = Files.createDirectories(temp.resolve("outside")).resolve("live-copy.db");
            Files.copy(backupsDirectory.resolve(good.name()), outside);
            Files.writeString(outside.resolveSibling("live-copy.db-wal"), "uncommitted pages");

            InvalidBackupException e = assertThrows(InvalidBackupException.class, () -> backups.restoreFromFile(outside));

            assertTrue(e.getMessage().contains("live-copy.db-wal beside it"), e.getMessage());
            assertLiveDatabaseUntouched();
        }

        @Test
        void anOutsidePathThatIsNotAFile() throws Exception {
            Path directory = Files.createDirectories(temp.resolve("a-directory.db"));

            InvalidBackupException notAFile = assertThrows(InvalidBackupException.class, () -> backups.restoreFromFile(directory));
            InvalidBackupException missing = assertThrows(InvalidBackupException.class,
                    () -> backups.restoreFromFile(temp.resolve("missing.db")));

            assertTrue(notAFile.getMessage().contains("is not a regular file"), notAFile.getMessage());
            assertTrue(missing.getMessage().contains("is not a regular file"), missing.getMessage());
            assertLiveDatabaseUntouched();
        }

        @Test
        void anOutsideTextFile() throws Exception {
            Path text = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");

            InvalidBackupException e = assertThrows(InvalidBackupException.class, () -> backups.restoreFromFile(text));

            assertTrue(e.getMessage().contains("is not an SQLite database"), e.getMessage());
            assertLiveDatabaseUntouched();
        }

        @Test
        void aBackupTheMigrationRefusesIsUndoneFromTheSafetySnapshot() throws Exception {
            // Passes every check (its change sets are a subset of ours) but cannot be migrated:
            // the table 0.2.0 creates is already there.
            Path odd = copyOfGood("candypanel-20250101-000000-000.db");
            executeOn(odd, "DELETE FROM DATABASECHANGELOG WHERE ID LIKE '0.2.0-%'");

            InvalidBackupException e = assertThrows(InvalidBackupException.class, () -> backups.restore(odd.getFileName().toString()));

            assertTrue(e.getMessage().contains("could not be brought up to this version's schema"), e.getMessage());
            assertTrue(e.getMessage().contains("The previous database is back in place"), e.getMessage());
            assertEquals(List.of("alice", "bob"), clientNames());
            assertEquals("1.1.1.1", setting("dns"));
            new JdbcUnitOfWork(database).run(() -> clients.insert(Fixtures.client("carol", 2)));
            assertEquals(3, clients.count());
            assertEquals(3, backups.list().size(), "the good one, the odd one and the safety snapshot");
            assertNoTemporaryFilesIn(dataDirectory);
        }

        private Path copyOfGood(String name) throws IOException {
            Path copy = backupsDirectory.resolve(name);
            Files.copy(backupsDirectory.resolve(good.name()), copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }

        /** Restores {@code name}, expects a refusal whose message names the backup and has {@code fragment}; returns the message. */
        private String assertRefused(String name, String fragment) throws IOException {
            List<BackupInfo> before = backups.list();

            InvalidBackupException e = assertThrows(InvalidBackupException.class, () -> backups.restore(name));

            assertTrue(e.getMessage().startsWith("Backup '" + name + "' "), e.getMessage());
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
            assertEquals("INVALID_BACKUP", e.code());
            assertEquals(before, backups.list(), "no safety snapshot: the swap was never reached");
            assertLiveDatabaseUntouched();
            return e.getMessage();
        }

        private void assertLiveDatabaseUntouched() throws IOException {
            assertEquals(List.of("alice", "bob"), clientNames());
            assertEquals("1.1.1.1", setting("dns"));
            clients.insert(Fixtures.client("carol", 2));
            assertEquals(3, clients.count(), "the pool still works");
            assertNoTemporaryFilesIn(dataDirectory);
        }
    }

    private BackupInfo snapshotAt(Instant instant) {
        clock.set(instant);
        return backups.snapshot();
    }

    private List<String> clientNames() {
        return clients.findAll().stream().map(client -> client.name().value()).toList();
    }

    private void setting(String key, String value) {
        Fixtures.execute(database, "INSERT INTO settings (key, value) VALUES ('" + key + "', '" + value + "')"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    }

    private String setting(String key) {
        return Fixtures.queryString(database, "SELECT value FROM settings WHERE key = '" + key + "'");
    }

    private static void assertNoTemporaryFilesIn(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            for (String name : names) {
                assertTrue(Set.of("backups", "candypanel.db", "candypanel.db-wal", "candypanel.db-shm").contains(name), names.toString());
            }
        }
    }

    private static void releaseAll(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            latch.countDown();
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Runs statements on a database file through a connection of its own (fixtures, never the live database). */
    private static void executeOn(Path file, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static long queryLong(Path file, String sql) throws SQLException {
        return Long.parseLong(queryString(file, sql));
    }

    /** Reads a database file read-only, as the validation does. */
    private static String queryString(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SnapshotValidator.readOnlyUrl(file));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
