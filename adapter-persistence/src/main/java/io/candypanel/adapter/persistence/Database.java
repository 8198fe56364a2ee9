package io.candypanel.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The panel's SQLite database: the connection pool, the schema migration and the per-thread
 * transaction binding that the repositories and {@link JdbcUnitOfWork} share.
 *
 * <p>Life cycle: {@link #create} only remembers the configuration (safe in a Guice provider);
 * {@link #start} creates the data directory, opens the pool and migrates the schema;
 * {@link #close} closes the pool. Repositories may be constructed before {@code start()} and used
 * after it.
 *
 * <p>Every use of a pooled connection (a statement outside a transaction, or a whole
 * {@link JdbcUnitOfWork} transaction) holds the shared side of an access gate. {@link #exclusively}
 * takes the transaction lock and then the exclusive side, so it waits for the work in flight and
 * holds off everything else (new work waits, it does not fail) while the database file is replaced
 * ({@link #replaceFile}); that is how {@link SqliteBackups} restores a snapshot.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** SQLite has one writer; a few connections let readers proceed while it writes (WAL). */
    private static final int POOL_SIZE = 8;
    /** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final PersistenceConfig config;
    /** The connection of the transaction this thread is running, if any; per instance, so two databases never mix. */
    private final ThreadLocal<BoundTransaction> boundTransaction = new ThreadLocal<>();
    /**
     * Serialises transactions in this JVM: SQLite allows one writer, and queueing here (fairly, in
     * arrival order) is cheaper and more predictable than every writer polling SQLite's lock.
     */
    private final ReentrantLock transactionLock = new ReentrantLock(true);
    /**
     * Shared by every user of a pooled connection, exclusive while the file is replaced. Not fair: a
     * waiting exclusive holder makes new shared users queue behind it, so a restore is not starved.
     * Lock order: the transaction lock first, then the gate.
     */
    private final ReentrantReadWriteLock accessGate = new ReentrantReadWriteLock();
    private volatile HikariDataSource pool;

    private Database(PersistenceConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Remembers the configuration; does no I/O. */
    public static Database create(PersistenceConfig config) {
        return new Database(config);
    }

    /** Creates the data directory (0700) and the database file (0600), opens the pool and migrates the schema. */
    public synchronized void start() {
        if (pool != null) {
            throw new IllegalStateException("The database is already started.");
        }
        Path file = config.databaseFile();
        try {
            OwnerOnlyFiles.createDirectory(config.dataDirectory());
            // SQLite would create the file with the process umask (often 0644); it holds private keys.
            // Its -wal and -shm files copy the main file's mode.
            OwnerOnlyFiles.createOrRestrictFile(file);
        } catch (IOException e) {
            throw new PersistenceException("Cannot prepare the database file " + file + ": " + e.getMessage(), e);
        }
        pool = openAndMigrate(file);
    }

    /** Opens a pool on {@code file} and brings its schema up to date; closes it again on failure. */
    private static HikariDataSource openAndMigrate(Path file) {
        HikariDataSource opened;
        try {
            // Opens one connection at once, so an unreadable or foreign file fails here, not on first use.
            opened = new HikariDataSource(poolConfig(file));
        } catch (RuntimeException e) {
            throw new PersistenceException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
        try (Connection connection = opened.getConnection()) {
            int ran = LiquibaseMigration.migrate(connection);
            LOG.info("Database {} ready ({} schema change set(s) applied now).", file, ran);
        } catch (PersistenceException e) {
            opened.close();
            throw e;
        } catch (SQLException | RuntimeException e) {
            opened.close();
            throw new PersistenceException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
        return opened;
    }

    /** Closes the pool; safe to call more than once or without {@link #start()}. */
    public synchronized void close() {
        HikariDataSource open = pool;
        pool = null;
        if (open != null) {
            open.close();
        }
    }

    /** The SQLite file, for logs and backups. */
    public Path file() {
        return config.databaseFile();
    }

    /**
     * Runs {@code work} while no other statement or transaction of this database runs: takes the
     * transaction lock (queued transactions keep waiting) and then the exclusive side of the access
     * gate (waits for statements in flight; new ones wait until {@code work} is done). Statements
     * the work itself runs go through as usual. Refused on a thread inside a transaction, whose
     * connection would otherwise be pulled away under it.
     */
    <T> T exclusively(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (boundTransaction.get() != null) {
            throw new IllegalStateException("Cannot take the database exclusively inside a transaction.");
        }
        lock(transactionLock, "the database");
        try {
            lock(accessGate.writeLock(), "the database");
            try {
                return work.get();
            } finally {
                accessGate.writeLock().unlock();
            }
        } finally {
            transactionLock.unlock();
        }
    }

    /**
     * Replaces the database file with {@code replacement} (a file in the data directory, moved
     * away by this call): closes the pool, deletes stale {@code -wal}, {@code -shm} and
     * {@code -journal} files (they belong to the old content and SQLite would replay them onto the
     * new one), renames {@code replacement} over the file atomically, opens the pool again and runs
     * the migration, so that an older snapshot is brought up to this version's schema. Only inside
     * {@link #exclusively}, so that no connection is in use. On failure the pool stays closed (the
     * database is "not started") and the caller decides what to put back.
     */
    synchronized void replaceFile(Path replacement) {
        Objects.requireNonNull(replacement, "replacement");
        if (!accessGate.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("The database file is replaced only while the database is held exclusively.");
        }
        Path file = config.databaseFile();
        HikariDataSource open = pool;
        pool = null;
        if (open != null) {
            // Every connection is idle (the gate is held), so this closes them all; the last one
            // checkpoints the WAL into the old file.
            open.close();
        }
        try {
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
            try {
                Files.move(replacement, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING);
            }
            OwnerOnlyFiles.restrictExisting(file);
        } catch (IOException e) {
            throw new PersistenceException("Cannot replace the database file " + file + ": " + e.getMessage(), e);
        }
        pool = openAndMigrate(file);
    }

    static HikariConfig poolConfig(Path file) {
        // Driver properties are applied by sqlite-jdbc to every connection it opens, so every
        // pooled connection has them, including ones the pool replaces later.
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);

        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("candypanel-db");
        hikari.setJdbcUrl(jdbcUrl(file));
        hikari.setDataSourceProperties(sqlite.toProperties());
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setAutoCommit(true);
        return hikari;
    }

    static String jdbcUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * Runs {@code work} on this thread's transaction connection if it has one, otherwise on a pooled
     * autocommit connection that is returned afterwards.
     */
    <T> T withConnection(SqlWork<T> work) {
        BoundTransaction transaction = boundTransaction.get();
        try {
            if (transaction != null) {
                // The transaction already holds the shared side of the gate.
                return work.apply(transaction.connection());
            }
            Lock shared = sharedAccess();
            lock(shared, "a database connection");
            try (Connection connection = pool().getConnection()) {
                return work.apply(connection);
            } finally {
                shared.unlock();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Database operation failed: " + e.getMessage(), e);
        }
    }

    /** The shared side of the access gate, held while a pooled connection is in use. */
    Lock sharedAccess() {
        return accessGate.readLock();
    }

    /** Takes {@code lock}, turning an interrupt into a {@link PersistenceException} (the interrupt flag is kept). */
    static void lock(Lock lock, String what) {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("Interrupted while waiting for " + what + ".", e);
        }
    }

    HikariDataSource pool() {
        HikariDataSource current = pool;
        if (current == null) {
            throw new IllegalStateException("The database is not started.");
        }
        return current;
    }

    BoundTransaction boundTransaction() {
        return boundTransaction.get();
    }

    void bind(BoundTransaction transaction) {
        boundTransaction.set(transaction);
    }

    void unbind() {
        boundTransaction.remove();
    }

    ReentrantLock transactionLock() {
        return transactionLock;
    }

    /** A unit of JDBC work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** The open transaction of one thread: its connection and how deeply calls are nested in it. */
    static final class BoundTransaction {
        private final Connection connection;
        private int depth;

        BoundTransaction(Connection connection) {
            this.connection = connection;
        }

        Connection connection() {
            return connection;
        }

        /** Enters a nested block and returns its savepoint name. */
        String enterNested() {
            depth++;
            return "nested_" + depth;
        }

        void leaveNested() {
            depth--;
        }
    }
}
