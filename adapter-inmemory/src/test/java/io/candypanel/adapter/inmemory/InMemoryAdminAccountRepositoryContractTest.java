package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.AdminAccountRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The AdminAccountRepositoryPort contract against the in-memory store. */
class InMemoryAdminAccountRepositoryContractTest extends AdminAccountRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
