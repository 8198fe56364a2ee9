package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.PasswordHash;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything written survives closing the database and opening it again; migrations do not run twice. */
class RestartIT {
    private final Clock clock = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void allDataSurvivesARestartAndTheChangelogRunsOnce() {
        Client alice = Fixtures.client("alice", 0);
        alice.recordCounters(new KernelCounters(700, 900));
        alice.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        Client bob = Fixtures.client("bob", 1);
        bob.disable(DisabledReason.EXPIRED);
        WgInterface wg0 = Fixtures.wg0();
        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        AdminAccount admin = new AdminAccount("admin", new PasswordHash("pbkdf2$x$y$z"));
        Session session = new Session(TokenHash.of("session"), "admin", Fixtures.T0, Fixtures.T0.plusSeconds(3600));
        ApiToken token = new ApiToken("bot", TokenHash.of("bot"), Fixtures.T0);

        Database first = Fixtures.startedDatabase(temp);
        List<String> changelogBefore;
        try {
            new JdbcUnitOfWork(first).run(() -> {
                new JdbcInterfaceRepository(first, clock).insert(wg0);
                new JdbcClientRepository(first).insert(alice);
                new JdbcClientRepository(first).insert(bob);
                new JdbcSettingsRepository(first).saveAll(Map.of(SettingKey.INSTALLED, "1", SettingKey.DNS, "9.9.9.9"));
                new JdbcAdminAccountRepository(first, clock).save(admin);
                new JdbcSessionRepository(first).insert(session);
                new JdbcApiTokenRepository(first).save(token);
            });
            changelogBefore = changelog(first);
        } finally {
            first.close();
        }

        Database second = Fixtures.startedDatabase(temp);
        try {
            assertEquals(changelogBefore, changelog(second), "no changeset ran again");
            assertEquals(14, changelogBefore.size(), "7 change sets of 0.1.0, 1 of 0.2.0, 2 of 0.3.0, 2 of 0.4.0 and 2 of 0.5.0");

            WgInterface storedInterface = new JdbcInterfaceRepository(second, clock).findById(InterfaceId.FIRST).orElseThrow();
            assertEquals(wg0.keys(), storedInterface.keys());
            assertEquals(wg0.addressRange(), storedInterface.addressRange());
            assertEquals(wg0.ipv6Range(), storedInterface.ipv6Range());
            JdbcClientRepository clients = new JdbcClientRepository(second);
            assertEquals(2, clients.count());
            JdbcClientRepositoryIT.assertSameClient(alice, clients.findByName(alice.name()).orElseThrow());
            JdbcClientRepositoryIT.assertSameClient(bob, clients.findByName(bob.name()).orElseThrow());
            assertEquals("9.9.9.9", new JdbcSettingsRepository(second).load().dns());
            assertTrue(new JdbcSettingsRepository(second).load().isInstalled());
            assertEquals(Optional.of(admin), new JdbcAdminAccountRepository(second, clock).find());
            assertEquals(Optional.of(session), new JdbcSessionRepository(second).findByTokenHash(session.tokenHash()));
            assertEquals(List.of(token), new JdbcApiTokenRepository(second).findAll());
        } finally {
            second.close();
        }
    }

    /** Each changeset's id, checksum and execution time, in order. */
    private static List<String> changelog(Database database) {
        return database.withConnection(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(
                         "SELECT ID, MD5SUM, DATEEXECUTED, ORDEREXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " " + result.getInt(4));
                }
            }
            return rows;
        });
    }
}
