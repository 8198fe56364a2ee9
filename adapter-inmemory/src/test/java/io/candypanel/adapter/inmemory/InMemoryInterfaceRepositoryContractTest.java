package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.InterfaceRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The InterfaceRepositoryPort contract against the in-memory store. */
class InMemoryInterfaceRepositoryContractTest extends InterfaceRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
