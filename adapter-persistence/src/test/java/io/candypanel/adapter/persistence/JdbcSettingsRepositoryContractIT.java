package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.SettingsRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The SettingsRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcSettingsRepositoryContractIT extends SettingsRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
