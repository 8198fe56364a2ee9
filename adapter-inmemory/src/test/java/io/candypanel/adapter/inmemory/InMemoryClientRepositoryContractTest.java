package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.ClientRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The ClientRepositoryPort contract against the in-memory store. */
class InMemoryClientRepositoryContractTest extends ClientRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
