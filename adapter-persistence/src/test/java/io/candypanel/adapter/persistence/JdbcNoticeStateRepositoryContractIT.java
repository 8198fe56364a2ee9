package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.NoticeStateRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The NoticeStateRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcNoticeStateRepositoryContractIT extends NoticeStateRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
