package io.candypanel.application.port.out;

import java.util.function.Supplier;

/**
 * One database transaction around a use case's reads and writes. Write transactions are
 * serialised by the implementation, so rules checked inside (a free address, a free name) still
 * hold at commit. Any exception rolls everything back and is rethrown unchanged.
 */
public interface UnitOfWorkPort {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
