package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.SessionRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The SessionRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcSessionRepositoryContractIT extends SessionRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
