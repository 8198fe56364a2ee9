package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.UnitOfWorkPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One SQLite transaction per outermost {@link #inTransaction} call, on a connection bound to the
 * calling thread so that every repository of the same {@link Database} joins it.
 *
 * <ul>
 *   <li>Transactions are serialised by the database's fair lock and begin with
 *       {@code BEGIN IMMEDIATE}, which takes SQLite's write lock up front. A deferred transaction
 *       that reads first and writes later can fail with SQLITE_BUSY even with a busy timeout (its
 *       snapshot is stale once another writer committed); an immediate one simply waits its turn.</li>
 *   <li>A nested call joins the outer transaction inside a savepoint: if the nested work throws, only
 *       its own writes are undone and the exception goes on to the outer work, which decides.</li>
 *   <li>Any exception rolls back and is rethrown unchanged.</li>
 *   <li>A transaction holds the shared side of the database's access gate, so a restore
 *       ({@link Database#exclusively}) waits for it to finish, and a transaction that starts during
 *       a restore waits until the restored database is open.</li>
 * </ul>
 *
 * Work inside a transaction must stay on the calling thread: another thread would get its own
 * autocommit connection and wait for this transaction's write lock.
 */
public final class JdbcUnitOfWork implements UnitOfWorkPort {
    private final Database database;

    public JdbcUnitOfWork(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Database.BoundTransaction outer = database.boundTransaction();
        if (outer != null) {
            return inSavepoint(outer, work);
        }
        ReentrantLock lock = database.transactionLock();
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("Interrupted while waiting to start a database transaction.", e);
        }
        try {
            Lock shared = database.sharedAccess();
            Database.lock(shared, "the database");
            try {
                return inNewTransaction(work);
            } finally {
                shared.unlock();
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T inNewTransaction(Supplier<T> work) {
        Connection connection;
        try {
            connection = database.pool().getConnection();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot get a database connection: " + e.getMessage(), e);
        }
        // Cleared only once the transaction is known to be closed (committed or rolled back).
        boolean open = true;
        try {
            execute(connection, "BEGIN IMMEDIATE");
            T result;
            database.bind(new Database.BoundTransaction(connection));
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                open = !rollback(connection, e);
                throw e;
            } finally {
                database.unbind();
            }
            try {
                execute(connection, "COMMIT");
            } catch (PersistenceException e) {
                open = !rollback(connection, e);
                throw e;
            }
            open = false;
            return result;
        } finally {
            release(connection, open);
        }
    }

    private static <T> T inSavepoint(Database.BoundTransaction transaction, Supplier<T> work) {
        Connection connection = transaction.connection();
        String savepoint = transaction.enterNested();
        try {
            execute(connection, "SAVEPOINT " + savepoint);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                try {
                    // ROLLBACK TO keeps the savepoint open; RELEASE closes it, the outer transaction goes on.
                    execute(connection, "ROLLBACK TO SAVEPOINT " + savepoint);
                    execute(connection, "RELEASE SAVEPOINT " + savepoint);
                } catch (PersistenceException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
            execute(connection, "RELEASE SAVEPOINT " + savepoint);
            return result;
        } finally {
            transaction.leaveNested();
        }
    }

    /** Rolls back; a failure is attached to {@code cause} (which is what the caller sees). Returns whether it worked. */
    private static boolean rollback(Connection connection, Throwable cause) {
        try {
            execute(connection, "ROLLBACK");
            return true;
        } catch (PersistenceException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
            return false;
        }
    }

    /**
     * Returns the connection to the pool, or evicts it when its transaction may still be open
     * (BEGIN, COMMIT or ROLLBACK failed), so that no half-finished transaction is ever reused.
     */
    private void release(Connection connection, boolean transactionMayBeOpen) {
        if (transactionMayBeOpen) {
            database.pool().evictConnection(connection);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a pooled connection only hands it back; there is nothing left to undo.
        }
    }

    private static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new PersistenceException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }
}
