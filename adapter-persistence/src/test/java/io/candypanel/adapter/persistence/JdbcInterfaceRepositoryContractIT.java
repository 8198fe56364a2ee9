package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.InterfaceRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The InterfaceRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcInterfaceRepositoryContractIT extends InterfaceRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
