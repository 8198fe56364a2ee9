package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.UnitOfWorkPort;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One transaction of the store per outermost {@link #inTransaction} call: one writer at a time (a
 * fair lock, so callers queue in arrival order), its writes invisible to other threads until it
 * commits, and on any exception or error everything it wrote rolled back and the exception rethrown
 * unchanged. A nested call joins the outer transaction in a savepoint: if it throws, only its own
 * writes are undone and the outer work decides. The work must stay on the calling thread.
 */
final class InMemoryUnitOfWork implements UnitOfWorkPort {
    private final Store store;

    InMemoryUnitOfWork(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return store.inTransaction(work);
    }
}
