package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.UnitOfWorkContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The UnitOfWorkPort contract against the in-memory store. */
class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
