package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseIT {
    @TempDir
    Path temp;

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void createDoesNoIo() {
        Path directory = temp.resolve("not-yet");
        database = Database.create(new PersistenceConfig(directory));
        assertFalse(Files.exists(directory));
        assertEquals(directory.resolve("candypanel.db"), database.file());
    }

    @Test
    void startCreatesAPrivateDirectoryAndDatabaseFile() throws Exception {
        assumeTrue(OwnerOnlyFiles.supportsPosix(temp), "needs a POSIX file system");
        Path directory = temp.resolve("a/data");
        database = Fixtures.startedDatabase(directory);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("candypanel.db"))));
        // SQLite gives its WAL and shared-memory files the main file's mode.
        Fixtures.execute(database, "INSERT INTO settings (key, value) VALUES ('dns', '1.1.1.1')");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("candypanel.db-wal"))));
    }

    @Test
    void anExistingLooseDatabaseFileIsNarrowedTo0600() throws Exception {
        assumeTrue(OwnerOnlyFiles.supportsPosix(temp), "needs a POSIX file system");
        Path file = temp.resolve("candypanel.db");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        database = Fixtures.startedDatabase(temp);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void everyPooledConnectionHasThePragmas() throws Exception {
        database = Fixtures.startedDatabase(temp);
        // Hold every connection of the pool at once so each one is a distinct physical connection.
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < database.pool().getMaximumPoolSize(); i++) {
                held.add(database.pool().getConnection());
            }
            for (Connection connection : held) {
                assertEquals(1, Fixtures.longOf(connection, "PRAGMA foreign_keys"));
                assertEquals("wal", pragmaText(connection, "PRAGMA journal_mode"));
                assertEquals(Database.BUSY_TIMEOUT_MILLIS, Fixtures.longOf(connection, "PRAGMA busy_timeout"));
                assertEquals(1, Fixtures.longOf(connection, "PRAGMA synchronous"), "1 = NORMAL");
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void migrationCreatesTheSchemaOfRelease010() {
        database = Fixtures.startedDatabase(temp);

        Set<String> tables = database.withConnection(connection -> {
            Set<String> names = new TreeSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
        assertTrue(tables.containsAll(Set.of("interfaces", "clients", "settings", "admin_account", "sessions", "api_tokens", "bot_users", "bot_transactions",
                "bot_conversations", "bot_notice_states", "DATABASECHANGELOG", "DATABASECHANGELOGLOCK")), tables.toString());
        assertEquals(7, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID LIKE '0.1.0-%'"));
        assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID LIKE '0.2.0-%'"));
        assertEquals(2, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID LIKE '0.3.0-%'"));
        assertEquals(2, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID LIKE '0.4.0-%'"));
        assertEquals(2, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID LIKE '0.5.0-%'"));
        assertEquals(14, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"), "0.1.0 to 0.5.0");
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ux_clients_interface_address'"));
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_sessions_expires_at'"));
    }

    @Test
    void migrationCreatesTheAuditLogOfRelease020() {
        database = Fixtures.startedDatabase(temp);

        assertEquals("0.2.0-1-audit-log", Fixtures.queryString(database,
                "SELECT ID FROM DATABASECHANGELOG WHERE ID NOT LIKE '0.1.0-%' ORDER BY ORDEREXECUTED LIMIT 1"),
                "0.2.0 runs after every changeset of 0.1.0");
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"));
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_audit_log_at'"));
    }

    @Test
    void aDatabaseOfRelease010IsMigratedTo020WithItsDataKept() {
        database = Fixtures.startedDatabase(temp);
        Fixtures.execute(database, "INSERT INTO settings (key, value) VALUES ('dns', '9.9.9.9')");
        // Back to the 0.1.0 schema, as an installation of that release left it.
        Fixtures.backToRelease040(database);
        Fixtures.execute(database, "DROP TABLE bot_notice_states");
        Fixtures.execute(database, "DROP TABLE bot_conversations");
        Fixtures.execute(database, "DROP TABLE bot_transactions");
        Fixtures.execute(database, "DROP TABLE bot_users");
        Fixtures.execute(database, "DROP TABLE audit_log");
        Fixtures.execute(database, "DELETE FROM DATABASECHANGELOG WHERE ID NOT LIKE '0.1.0-%'");
        assertEquals(7, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        database.close();

        database.start();

        assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM audit_log"));
        assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM bot_users"));
        assertEquals(14, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals("9.9.9.9", Fixtures.queryString(database, "SELECT value FROM settings WHERE key = 'dns'"));
    }

    @Test
    void migrationCreatesTheBotTablesOfRelease030() {
        database = Fixtures.startedDatabase(temp);

        assertEquals("0.3.0-1-bot-users", Fixtures.queryString(database,
                "SELECT ID FROM DATABASECHANGELOG WHERE ID NOT LIKE '0.1.0-%' AND ID NOT LIKE '0.2.0-%' ORDER BY ORDEREXECUTED LIMIT 1"),
                "0.3.0 runs after 0.1.0 and 0.2.0");
        assertEquals("0.3.0-2-bot-transactions", Fixtures.queryString(database,
                "SELECT ID FROM DATABASECHANGELOG WHERE ID LIKE '0.3.0-%' ORDER BY ORDEREXECUTED DESC LIMIT 1"));
        assertEquals(2, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('bot_users', 'bot_transactions')"));
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_bot_transactions_status_requested_at'"));
    }

    @Test
    void aDatabaseOfRelease020IsMigratedTo030WithItsDataKept() {
        database = Fixtures.startedDatabase(temp);
        Fixtures.execute(database, "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (1, 'cli', 'x', '', '')");
        Fixtures.backToRelease040(database);
        Fixtures.execute(database, "DROP TABLE bot_notice_states");
        Fixtures.execute(database, "DROP TABLE bot_conversations");
        Fixtures.execute(database, "DROP TABLE bot_transactions");
        Fixtures.execute(database, "DROP TABLE bot_users");
        Fixtures.execute(database, "DELETE FROM DATABASECHANGELOG WHERE ID LIKE '0.3.0-%' OR ID LIKE '0.4.0-%'");
        assertEquals(8, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        database.close();

        database.start();

        assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM bot_transactions"));
        assertEquals(14, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM audit_log"));
    }

    @Test
    void aDatabaseOfRelease030IsMigratedTo040WithItsBotUsersKept() {
        database = Fixtures.startedDatabase(temp);
        Fixtures.execute(database, "INSERT INTO bot_users (telegram_id, client_name, traffic_bought_mib, days_bought, status,"
                + " language, created_at) VALUES (42, NULL, 0, 0, 'active', 'fa', 1)");
        Fixtures.backToRelease040(database);
        Fixtures.execute(database, "DROP TABLE bot_notice_states");
        Fixtures.execute(database, "DROP TABLE bot_conversations");
        Fixtures.execute(database, "DELETE FROM DATABASECHANGELOG WHERE ID LIKE '0.4.0-%'");
        database.close();

        database.start();

        assertEquals("0.4.0-2-bot-notice-states", Fixtures.queryString(database,
                "SELECT ID FROM DATABASECHANGELOG WHERE ID LIKE '0.4.0-%' ORDER BY ORDEREXECUTED DESC LIMIT 1"));
        assertEquals("0.5.0-2-clients-ipv6-address", Fixtures.queryString(database,
                "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC LIMIT 1"), "0.5.0 runs after 0.4.0");
        assertEquals(14, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals("fa", Fixtures.queryString(database, "SELECT language FROM bot_users WHERE telegram_id = 42"));
        assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM bot_conversations"));
    }

    @Test
    void migrationAddsTheNullableIpv6ColumnsAndTheirUniqueIndexOfRelease050() {
        database = Fixtures.startedDatabase(temp);

        assertEquals("TEXT 0", column(database, "interfaces", "ipv6_address_range"), "type and NOT NULL flag");
        assertEquals("TEXT 0", column(database, "clients", "ipv6_address"));
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT \"unique\" FROM pragma_index_list('clients') WHERE name = 'ux_clients_interface_ipv6_address'"));
        assertEquals("interface_id,ipv6_address", Fixtures.queryString(database,
                "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info('ux_clients_interface_ipv6_address') ORDER BY seqno)"));
    }

    @Test
    void aDatabaseOfRelease040IsMigratedTo050WithItsRowsKeptAndNullIpv6Fields() {
        database = Fixtures.startedDatabase(temp);
        JdbcInterfaceRepository interfaces = new JdbcInterfaceRepository(database, Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
        JdbcClientRepository clients = new JdbcClientRepository(database);
        interfaces.insert(Fixtures.wg0());
        Client alice = Fixtures.client("alice", 0);
        alice.disable(DisabledReason.QUOTA);
        clients.insert(alice);
        clients.insert(Fixtures.client("bob", 1));
        Fixtures.execute(database, "INSERT INTO settings (key, value) VALUES ('dns', '9.9.9.9')");
        Fixtures.backToRelease040(database);
        assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM pragma_table_info('clients') WHERE name = 'ipv6_address'"));
        assertEquals(12, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        database.close();

        database.start();

        assertEquals(14, Fixtures.queryLong(database, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals(2, Fixtures.queryLong(database, "SELECT COUNT(*) FROM clients WHERE ipv6_address IS NULL"));
        assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM interfaces WHERE ipv6_address_range IS NULL"));
        JdbcClientRepositoryIT.assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
        assertEquals(Optional.empty(), clients.findByName(alice.name()).orElseThrow().ipv6Address());
        assertEquals(List.of(), clients.ipv6AddressesOn(InterfaceId.FIRST));
        assertEquals(Optional.empty(), interfaces.findById(InterfaceId.FIRST).orElseThrow().ipv6Range());
        assertEquals("9.9.9.9", Fixtures.queryString(database, "SELECT value FROM settings WHERE key = 'dns'"));
        // The columns were added in place: the tables keep their keys, and the cascade still works.
        assertEquals(1, Fixtures.queryLong(database,
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ux_clients_interface_address'"));
        assertEquals("CASCADE", Fixtures.queryString(database, "SELECT on_delete FROM pragma_foreign_key_list('clients')"));

        WgInterface wg0 = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        interfaces.update(wg0);
        Client bob = clients.findByName(new ClientName("bob")).orElseThrow();
        bob.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        clients.update(bob);
        assertEquals(List.of(Ipv6Address.parse("fd42:42:42::2")), clients.ipv6AddressesOn(InterfaceId.FIRST));

        interfaces.delete(InterfaceId.FIRST);
        assertEquals(0, clients.count());
    }

    private static String column(Database database, String table, String name) {
        return Fixtures.queryString(database,
                "SELECT type || ' ' || \"notnull\" FROM pragma_table_info('" + table + "') WHERE name = '" + name + "'");
    }

    @Test
    void startingTwiceIsRefused() {
        database = Fixtures.startedDatabase(temp);
        assertThrows(IllegalStateException.class, database::start);
    }

    @Test
    void usingTheDatabaseBeforeStartIsRefused() {
        database = Database.create(new PersistenceConfig(temp));
        JdbcClientRepository clients = new JdbcClientRepository(database);
        assertThrows(IllegalStateException.class, clients::count);
    }

    @Test
    void closeIsIdempotentAndTheDatabaseCanBeStartedAgain() {
        database = Fixtures.startedDatabase(temp);
        database.close();
        assertDoesNotThrow(database::close);
        assertThrows(IllegalStateException.class, () -> new JdbcClientRepository(database).count());

        database.start();
        assertEquals(0, new JdbcClientRepository(database).count());
    }

    @Test
    void aFileThatIsNotADatabaseFailsStartWithAPersistenceException() throws Exception {
        Files.writeString(temp.resolve("candypanel.db"), "this is not an SQLite database, just some text long enough");
        database = Database.create(new PersistenceConfig(temp));

        assertThrows(PersistenceException.class, database::start);
        assertThrows(IllegalStateException.class, () -> new JdbcClientRepository(database).count());
    }

    private static String pragmaText(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
