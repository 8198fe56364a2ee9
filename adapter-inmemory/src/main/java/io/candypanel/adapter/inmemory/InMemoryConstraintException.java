package io.candypanel.adapter.inmemory;

/**
 * A write that would break one of the store's constraints (a unique key or a reference), like the
 * database's constraint violation. Nothing of the failed call is kept. Messages name the table and
 * the constraint, never key material.
 */
final class InMemoryConstraintException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    InMemoryConstraintException(String message) {
        super(message);
    }
}
