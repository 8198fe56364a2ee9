package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.ApiTokenRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The ApiTokenRepositoryPort contract against the in-memory store. */
class InMemoryApiTokenRepositoryContractTest extends ApiTokenRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
