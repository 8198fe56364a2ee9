package io.candypanel.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the schema up to date with the changelog on the classpath. The master changelog includes
 * one file per release, so a release's changesets are never edited after it ships; Liquibase
 * records what ran in {@code DATABASECHANGELOG} and runs only what is new.
 */
final class LiquibaseMigration {
    static final String MASTER_CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final String CHANGELOG_TABLE = "DATABASECHANGELOG";

    private LiquibaseMigration() {
    }

    /** Runs the pending changesets on {@code connection} and returns how many ran. */
    static int migrate(Connection connection) {
        // Scoped rather than global settings: Liquibase logs to SLF4J, prints nothing to stdout
        // (its UI messages and "UPDATE SUMMARY" go to the log), and never phones home with usage analytics.
        Map<String, Object> scope = Map.of(
                Scope.Attr.logService.name(), new LiquibaseLogBridge(),
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(LiquibaseMigration.class.getClassLoader()),
                AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        try {
            int before = ranChangeSets(connection);
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER_CHANGELOG)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
            return ranChangeSets(connection) - before;
        } catch (Exception e) {
            throw new PersistenceException("Database migration failed: " + e.getMessage(), e);
        }
    }

    private static int ranChangeSets(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, CHANGELOG_TABLE, null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + CHANGELOG_TABLE)) {
            count.next();
            return count.getInt(1);
        }
    }
}
