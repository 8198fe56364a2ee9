package io.candypanel.application.fakes;

import io.candypanel.application.port.out.UnitOfWorkPort;
import java.util.function.Supplier;

/** Runs the work at once; counts transactions so tests can see that a use case opened one. */
public final class DirectUnitOfWork implements UnitOfWorkPort {
    private int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    public int transactions() {
        return transactions;
    }
}
