package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.ClientRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The ClientRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcClientRepositoryContractIT extends ClientRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
