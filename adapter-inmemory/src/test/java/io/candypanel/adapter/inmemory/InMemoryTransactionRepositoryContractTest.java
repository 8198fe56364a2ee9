package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.TransactionRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The TransactionRepositoryPort contract against the in-memory store. */
class InMemoryTransactionRepositoryContractTest extends TransactionRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
