package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.AdminAccountRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The AdminAccountRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcAdminAccountRepositoryContractIT extends AdminAccountRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
