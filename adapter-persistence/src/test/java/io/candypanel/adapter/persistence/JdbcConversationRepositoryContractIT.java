package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.ConversationRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The ConversationRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcConversationRepositoryContractIT extends ConversationRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
