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

    /** Runs one statement per item as a JDBC batch, on one connection. */
    <E> void batch(String sql, Collection<E> items, ItemBinder<E> binder) {
        database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (E item : items) {
                    binder.bind(statement, item);
                    statement.addBatch();
                }
                statement.executeBatch();
                return null;
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

    static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
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
