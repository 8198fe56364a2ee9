package io.candypanel.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The little JDBC the repositories need: prepared statements on the current connection (the
 * thread's transaction or a pooled autocommit one), rows read by a function, and the column
 * conventions of the schema (instants as epoch milliseconds).
 */
final class Jdbc {
    /** Items per {@code executeBatch}: large enough to amortise the call, small enough to bound the driver's buffer. */
    static final int BATCH_SIZE = 500;

    private final Database database;

    Jdbc(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    <T> List<T> list(String sql, Binder binder, RowReader<T> reader) {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(reader.read(rows));
                    }
                    return result;
                }
            }
        });
    }

    <T> Optional<T> single(String sql, Binder binder, RowReader<T> reader) {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The first column of the first row of a query such as {@code SELECT COUNT(*)}. */
    long number(String sql, Binder binder) {
        return single(sql, binder, rows -> rows.getLong(1)).orElse(0L);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
    int update(String sql, Binder binder) {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Runs one statement per item as JDBC batches of at most {@link #BATCH_SIZE} items, on one
     * connection, and returns the update count of every item in iteration order. It does not open
     * a transaction: callers that need all-or-nothing (or speed: outside a transaction SQLite
     * commits every statement) run it inside one.
     */
    <E> int[] batch(String sql, Collection<E> items, ItemBinder<E> binder) {
        return database.withConnection(connection -> {
            int[] counts = new int[items.size()];
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int done = 0;
                int pending = 0;
                for (E item : items) {
                    binder.bind(statement, item);
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        done = executeBatch(statement, counts, done);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    done = executeBatch(statement, counts, done);
                }
                if (done != counts.length) {
                    throw new PersistenceException("The batch ran " + done + " statements for " + counts.length + " items.");
                }
            }
            return counts;
        });
    }

    private static int executeBatch(PreparedStatement statement, int[] counts, int offset) throws SQLException {
        int[] chunk = statement.executeBatch();
        if (offset + chunk.length > counts.length) {
            throw new PersistenceException("The batch ran more statements than it has items.");
        }
        System.arraycopy(chunk, 0, counts, offset, chunk.length);
        return offset + chunk.length;
    }

    /**
     * Like {@link #update}, on a connection that is checked to enforce foreign keys first. SQLite
     * silently ignores {@code ON DELETE CASCADE} (and every {@code REFERENCES}) on a connection
     * whose {@code PRAGMA foreign_keys} is off, which would leave orphans behind; the pragma cannot
     * be switched inside a transaction, so an unexpected connection fails instead.
     */
    int updateEnforcingForeignKeys(String sql, Binder binder) {
        return database.withConnection(connection -> {
            try (PreparedStatement pragma = connection.prepareStatement("PRAGMA foreign_keys");
                 ResultSet rows = pragma.executeQuery()) {
                if (!rows.next() || rows.getInt(1) != 1) {
                    throw new PersistenceException(
                            "Foreign keys are not enforced on this database connection; refusing a change that relies on them.");
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    /** Instants are stored as epoch milliseconds; finer precision is dropped on the way in. */
    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @FunctionalInterface
    interface Binder {
        Binder NONE = statement -> { };

        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface ItemBinder<E> {
        void bind(PreparedStatement statement, E item) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
