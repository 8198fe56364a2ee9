package io.candypanel.adapter.persistence;

/**
 * A technical database failure (I/O, a broken constraint, a failed migration). It replaces the
 * checked {@link java.sql.SQLException} so that nothing JDBC-specific crosses a port. Messages name
 * tables and columns, never the values bound to a statement (those include private keys).
 */
public final class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public PersistenceException(String message) {
        super(message);
    }
}
