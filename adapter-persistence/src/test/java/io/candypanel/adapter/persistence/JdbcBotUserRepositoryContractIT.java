package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.BotUserRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The BotUserRepositoryPort contract against SQLite (a real database file, migrated by Liquibase). */
class JdbcBotUserRepositoryContractIT extends BotUserRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return JdbcContractStorage.open(directory);
    }
}
