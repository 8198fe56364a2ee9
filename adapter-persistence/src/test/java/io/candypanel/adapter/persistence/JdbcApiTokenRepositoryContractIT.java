package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.ApiTokenRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The ApiTokenRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcApiTokenRepositoryContractIT extends ApiTokenRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
