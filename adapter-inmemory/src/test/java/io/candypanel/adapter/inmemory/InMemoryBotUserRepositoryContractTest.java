package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.BotUserRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The BotUserRepositoryPort contract against the in-memory store. */
class InMemoryBotUserRepositoryContractTest extends BotUserRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
