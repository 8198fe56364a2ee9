package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.AuditRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The AuditRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcAuditRepositoryContractIT extends AuditRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
