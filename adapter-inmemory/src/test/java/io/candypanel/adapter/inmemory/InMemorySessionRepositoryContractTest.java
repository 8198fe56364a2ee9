package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.SessionRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The SessionRepositoryPort contract against the in-memory store. */
class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
