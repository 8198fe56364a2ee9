package io.candypanel.application.fakes;

import io.candypanel.application.port.out.UnitOfWorkPort;
import java.util.function.Supplier;

/**
 * Runs the work at once; counts transactions, and knows whether one is open, so tests can see that a
 * use case opened one and read the store inside it.
 */
public final class DirectUnitOfWork implements UnitOfWorkPort {
    private int transactions;
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    public boolean isOpen() {
        return depth > 0;
    }

    public int transactions() {
        return transactions;
    }
}
