package io.candypanel.adapter.inmemory;

import io.candypanel.application.contract.NoticeStateRepositoryContract;
import io.candypanel.application.contract.StorageUnderTest;
import java.nio.file.Path;

/** The NoticeStateRepositoryPort contract against the in-memory store. */
class InMemoryNoticeStateRepositoryContractTest extends NoticeStateRepositoryContract {
    @Override
    protected StorageUnderTest openStorage(Path directory) {
        return StorageUnderTest.of(new InMemoryStorage().ports(), () -> { });
    }
}
