package io.candypanel.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
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
        pool = opened;
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
                return work.apply(transaction.connection());
            }
            try (Connection connection = pool().getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Database operation failed: " + e.getMessage(), e);
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
