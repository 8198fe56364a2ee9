package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.BotUserStatus;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.ClientName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcBotUserRepositoryIT {
    @TempDir
    Path temp;

    private Database database;
    private JdbcBotUserRepository users;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        users = new JdbcBotUserRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static void assertSameUser(BotUser expected, BotUser actual) {
        assertEquals(expected.telegramId(), actual.telegramId());
        assertEquals(expected.clientName(), actual.clientName());
        assertEquals(expected.trafficBoughtMib(), actual.trafficBoughtMib());
        assertEquals(expected.daysBought(), actual.daysBought());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.language(), actual.language());
        assertEquals(expected.createdAt(), actual.createdAt());
    }

    @Test
    void aUserRoundTripsWithEveryField() {
        BotUser user = BotUser.restore(new TelegramId(4_503_599_627_370_495L), Optional.of(new ClientName("alice")),
                1536, 90, BotUserStatus.BANNED, Language.FA, Fixtures.T0);

        users.insert(user);

        assertSameUser(user, users.findByTelegramId(user.telegramId()).orElseThrow());
        assertEquals("banned", Fixtures.queryString(database, "SELECT status FROM bot_users"));
        assertEquals("fa", Fixtures.queryString(database, "SELECT language FROM bot_users"));
        assertEquals(Fixtures.T0.toEpochMilli(), Fixtures.queryLong(database, "SELECT created_at FROM bot_users"));
    }

    @Test
    void aNewUserWithoutAClientRoundTrips() {
        BotUser user = BotUser.create(new TelegramId(42), Fixtures.T0);

        users.insert(user);

        BotUser stored = users.findByTelegramId(new TelegramId(42)).orElseThrow();
        assertSameUser(user, stored);
        assertEquals(Optional.empty(), stored.clientName());
        assertEquals(Optional.empty(), users.findByTelegramId(new TelegramId(43)));
    }

    @Test
    void anUpdateSavesEveryMutableField() {
        BotUser user = BotUser.create(new TelegramId(7), Fixtures.T0);
        users.insert(user);

        user.linkClient(new ClientName("bob"));
        user.recordPurchase(io.candypanel.domain.botuser.Purchase.custom(2, 5));
        user.changeLanguage(Language.FA);
        user.ban();
        users.update(user);

        BotUser stored = users.findByTelegramId(user.telegramId()).orElseThrow();
        assertSameUser(user, stored);
        assertEquals(5 * 1024, stored.trafficBoughtMib());
        assertEquals(60, stored.daysBought());
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        assertThrows(BotUserNotFoundException.class, () -> users.update(BotUser.create(new TelegramId(9), Fixtures.T0)));
    }

    @Test
    void findAllIsOldestRegistrationFirstWithTiesByTelegramId() {
        BotUser late = BotUser.create(new TelegramId(1), Fixtures.T0.plusSeconds(10));
        BotUser earlyB = BotUser.create(new TelegramId(30), Fixtures.T0);
        BotUser earlyA = BotUser.create(new TelegramId(20), Fixtures.T0);
        BotUser earliest = BotUser.create(new TelegramId(99), Fixtures.T0.minusSeconds(1));
        for (BotUser user : List.of(late, earlyB, earlyA, earliest)) {
            users.insert(user);
        }

        assertEquals(List.of(99L, 20L, 30L, 1L),
                users.findAll().stream().map(u -> u.telegramId().value()).toList());
    }

    @Test
    void theDatabaseRejectsADuplicateTelegramIdAndClientName() {
        users.insert(BotUser.restore(new TelegramId(1), Optional.of(new ClientName("alice")), 0, 0,
                BotUserStatus.ACTIVE, Language.EN, Fixtures.T0));

        PersistenceException duplicateId = assertThrows(PersistenceException.class,
                () -> users.insert(BotUser.create(new TelegramId(1), Fixtures.T0)));
        assertTrue(duplicateId.getMessage().contains("bot_users.telegram_id"), duplicateId.getMessage());
        PersistenceException duplicateClient = assertThrows(PersistenceException.class,
                () -> users.insert(BotUser.restore(new TelegramId(2), Optional.of(new ClientName("alice")), 0, 0,
                        BotUserStatus.ACTIVE, Language.EN, Fixtures.T0)));
        assertTrue(duplicateClient.getMessage().contains("bot_users.client_name"), duplicateClient.getMessage());

        users.insert(BotUser.create(new TelegramId(3), Fixtures.T0));
        users.insert(BotUser.create(new TelegramId(4), Fixtures.T0));
        assertEquals(3, users.findAll().size(), "several users without a client are allowed");
    }

    @Test
    void anInsertInsideARolledBackTransactionIsNotKept() {
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);

        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            users.insert(BotUser.create(new TelegramId(5), Fixtures.T0));
            throw new IllegalStateException("the change failed");
        }));

        assertEquals(List.of(), users.findAll());
    }
}
