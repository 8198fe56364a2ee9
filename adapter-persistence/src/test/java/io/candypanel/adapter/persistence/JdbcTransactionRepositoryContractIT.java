package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.TransactionRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The TransactionRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcTransactionRepositoryContractIT extends TransactionRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
