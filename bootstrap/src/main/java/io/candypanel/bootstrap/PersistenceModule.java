package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.adapter.persistence.Database;
import io.candypanel.adapter.persistence.FileSetupToken;
import io.candypanel.adapter.persistence.JdbcAdminAccountRepository;
import io.candypanel.adapter.persistence.JdbcApiTokenRepository;
import io.candypanel.adapter.persistence.JdbcAuditRepository;
import io.candypanel.adapter.persistence.JdbcBotUserRepository;
import io.candypanel.adapter.persistence.JdbcConversationRepository;
import io.candypanel.adapter.persistence.JdbcNoticeStateRepository;
import io.candypanel.adapter.persistence.JdbcTransactionRepository;
import io.candypanel.adapter.persistence.SqliteBackups;
import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.application.port.out.backup.BackupPort;
import io.candypanel.adapter.persistence.JdbcClientRepository;
import io.candypanel.adapter.persistence.JdbcInterfaceRepository;
import io.candypanel.adapter.persistence.JdbcSessionRepository;
import io.candypanel.adapter.persistence.JdbcSettingsRepository;
import io.candypanel.adapter.persistence.JdbcUnitOfWork;
import io.candypanel.adapter.persistence.PersistenceConfig;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.application.port.out.auth.SetupTokenPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.order.TransactionRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.bootstrap.lifecycle.Service;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SQLite through JDBC: the pool, the migrations, and one repository per aggregate. */
final class PersistenceModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceModule.class);

    private final PersistenceConfig config;

    PersistenceModule(PersistenceConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    Database database() {
        return Database.create(config);
    }

    @Provides
    @Singleton
    FileSetupToken setupToken(SecureRandom random) {
        return new FileSetupToken(config.dataDirectory(), random);
    }

    /** Opens the pool and migrates; then, on a panel not yet installed, shows the setup token for remote installs. */
    @ProvidesIntoSet
    Service databaseService(Database database, SettingsRepositoryPort settings, FileSetupToken setupToken) {
        return Service.of("database", () -> {
            database.start();
            if (!settings.load().isInstalled()) {
                String token = setupToken.issueIfAbsent();
                // Printing it is the point: the operator needs it to install from another machine.
                LOG.warn("CandyPanel is not installed yet. Install it from this machine, or from elsewhere with "
                        + "\"setup_token\": \"{}\" (also in {}).", token, config.dataDirectory().resolve("setup-token"));
            }
        }, database::close);
    }

    @Provides
    SetupTokenPort setupTokenPort(FileSetupToken setupToken) {
        return setupToken;
    }

    @Provides
    @Singleton
    UnitOfWorkPort unitOfWork(Database database) {
        return new JdbcUnitOfWork(database);
    }

    @Provides
    @Singleton
    ClientRepositoryPort clients(Database database) {
        return new JdbcClientRepository(database);
    }

    @Provides
    @Singleton
    InterfaceRepositoryPort interfaces(Database database, Clock clock) {
        return new JdbcInterfaceRepository(database, clock);
    }

    @Provides
    @Singleton
    SettingsRepositoryPort settings(Database database) {
        return new JdbcSettingsRepository(database);
    }

    @Provides
    @Singleton
    AdminAccountRepositoryPort admins(Database database, Clock clock) {
        return new JdbcAdminAccountRepository(database, clock);
    }

    @Provides
    @Singleton
    SessionRepositoryPort sessions(Database database) {
        return new JdbcSessionRepository(database);
    }

    @Provides
    @Singleton
    ApiTokenRepositoryPort apiTokens(Database database) {
        return new JdbcApiTokenRepository(database);
    }

    @Provides
    @Singleton
    AuditRepositoryPort audit(Database database) {
        return new JdbcAuditRepository(database);
    }

    @Provides
    @Singleton
    BotUserRepositoryPort botUsers(Database database) {
        return new JdbcBotUserRepository(database);
    }

    @Provides
    @Singleton
    ConversationRepositoryPort conversations(Database database) {
        return new JdbcConversationRepository(database);
    }

    @Provides
    @Singleton
    NoticeStateRepositoryPort noticeStates(Database database) {
        return new JdbcNoticeStateRepository(database);
    }

    @Provides
    @Singleton
    TransactionRepositoryPort transactions(Database database) {
        return new JdbcTransactionRepository(database);
    }

    @Provides
    @Singleton
    SqliteBackups sqliteBackups(Database database, Clock clock) {
        return new SqliteBackups(database, config, clock);
    }

    @Provides
    BackupPort backups(SqliteBackups backups) {
        return backups;
    }
}
