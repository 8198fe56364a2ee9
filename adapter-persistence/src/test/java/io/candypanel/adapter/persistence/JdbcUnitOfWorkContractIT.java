package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.UnitOfWorkContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The UnitOfWorkPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcUnitOfWorkContractIT extends UnitOfWorkContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
