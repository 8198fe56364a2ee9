package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.SettingsRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The SettingsRepositoryPort contract against the in-memory store. */
class InMemorySettingsRepositoryContractTest extends SettingsRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
