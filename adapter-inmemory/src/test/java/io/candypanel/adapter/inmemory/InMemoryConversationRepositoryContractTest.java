package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.ConversationRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The ConversationRepositoryPort contract against the in-memory store. */
class InMemoryConversationRepositoryContractTest extends ConversationRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
