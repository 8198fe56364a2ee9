package io.candypanel.adapter.persistence;

import io.candypanel.application.contract.StorageUnderTest;
import io.candypanel.application.core.StoragePorts;
import java.nio.file.Path;
import java.time.Clock;

/** The JDBC adapter as a port contract sees it: a started SQLite database in a temporary directory, closed after the test. */
final class JdbcContractStorage {
    private JdbcContractStorage() {
    }

    static StorageUnderTest open(Path directory) {
        Database database = Fixtures.startedDatabase(directory);
        Clock clock = Clock.systemUTC();
        StoragePorts ports = new StoragePorts(
                new JdbcUnitOfWork(database),
                new JdbcClientRepository(database),
                new JdbcInterfaceRepository(database, clock),
                new JdbcSettingsRepository(database),
                new JdbcAdminAccountRepository(database, clock),
                new JdbcSessionRepository(database),
                new JdbcApiTokenRepository(database),
                new JdbcAuditRepository(database),
                new JdbcBotUserRepository(database),
                new JdbcTransactionRepository(database),
                new JdbcConversationRepository(database),
                new JdbcNoticeStateRepository(database));
        return StorageUnderTest.of(ports, database::close);
    }
}
