package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.AuditRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The AuditRepositoryPort contract against the in-memory store. */
class InMemoryAuditRepositoryContractTest extends AuditRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
