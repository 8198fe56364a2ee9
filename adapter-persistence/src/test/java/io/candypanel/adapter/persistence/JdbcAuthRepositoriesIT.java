package io.candypanel.adapter.persistence;

import static io.candypanel.adapter.persistence.JdbcClientRepositoryIT.assertConstraintViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.PasswordHash;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin account, sessions and API tokens. */
class JdbcAuthRepositoriesIT {
    @TempDir
    Path temp;

    private Database database;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Nested
    class AdminAccountRepository {
        private final Clock clock = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

        @Test
        void thereIsNoAdminBeforeInstallation() {
            assertEquals(Optional.empty(), new JdbcAdminAccountRepository(database, clock).find());
        }

        @Test
        void saveCreatesThenReplacesTheSingleAccount() {
            JdbcAdminAccountRepository admins = new JdbcAdminAccountRepository(database, clock);
            admins.save(new AdminAccount("admin", new PasswordHash("pbkdf2$1$salt$hash")));
            AdminAccount renamed = new AdminAccount("root@example", new PasswordHash("pbkdf2$2$salt2$hash2"));

            new JdbcAdminAccountRepository(database, Clock.offset(clock, Duration.ofMinutes(5))).save(renamed);

            assertEquals(Optional.of(renamed), admins.find());
            assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM admin_account"));
            assertEquals(Fixtures.T0.plus(Duration.ofMinutes(5)).toEpochMilli(),
                    Fixtures.queryLong(database, "SELECT updated_at FROM admin_account"));
        }

        @Test
        void theDatabaseAllowsOnlyRowOne() {
            PersistenceException e = assertThrows(PersistenceException.class, () -> Fixtures.execute(database,
                    "INSERT INTO admin_account (id, username, password_hash, updated_at) VALUES (2, 'x', 'y', 0)"));
            assertConstraintViolation(e);
        }
    }

    @Nested
    class SessionRepository {
        private final TokenHash first = TokenHash.of("first-token");
        private final TokenHash second = TokenHash.of("second-token");

        @Test
        void aSessionRoundTripsAndCanBeDeleted() {
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            Session session = new Session(first, "admin", Fixtures.T0, Fixtures.T0.plus(Duration.ofHours(24)));

            sessions.insert(session);

            assertEquals(Optional.of(session), sessions.findByTokenHash(first));
            assertEquals(Optional.empty(), sessions.findByTokenHash(second));
            sessions.delete(first);
            assertEquals(Optional.empty(), sessions.findByTokenHash(first));
        }

        @Test
        void deleteExpiredRemovesSessionsNoLongerValidAtNow() {
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            Instant now = Fixtures.T0.plus(Duration.ofHours(1));
            Session expiresNow = new Session(first, "admin", Fixtures.T0, now);
            Session expiresLater = new Session(second, "admin", Fixtures.T0, now.plusMillis(1));
            Session expiredLongAgo = new Session(TokenHash.of("third"), "admin", Fixtures.T0, Fixtures.T0.plusMillis(1));
            sessions.insert(expiresNow);
            sessions.insert(expiresLater);
            sessions.insert(expiredLongAgo);

            assertEquals(2, sessions.deleteExpired(now));

            assertEquals(Optional.of(expiresLater), sessions.findByTokenHash(second));
            assertEquals(Optional.empty(), sessions.findByTokenHash(first));
            assertTrue(expiresLater.isValidAt(now) && !expiresNow.isValidAt(now), "the same rule as Session.isValidAt");
        }

        @Test
        void findByUsernameReturnsOnlyThatUsersSessionsOldestFirst() {
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            Session newest = new Session(TokenHash.of("newest"), "admin", Fixtures.T0.plusSeconds(20), Fixtures.T0.plusSeconds(999));
            Session oldest = new Session(TokenHash.of("oldest"), "admin", Fixtures.T0, Fixtures.T0.plusSeconds(999));
            Session middle = new Session(TokenHash.of("middle"), "admin", Fixtures.T0.plusSeconds(10), Fixtures.T0.plusSeconds(999));
            Session someoneElse = new Session(TokenHash.of("other"), "root", Fixtures.T0.plusSeconds(5), Fixtures.T0.plusSeconds(999));
            for (Session session : List.of(newest, someoneElse, oldest, middle)) {
                sessions.insert(session);
            }

            assertEquals(List.of(oldest, middle, newest), sessions.findByUsername("admin"));
            assertEquals(List.of(someoneElse), sessions.findByUsername("root"));
            assertEquals(List.of(), sessions.findByUsername("ADMIN"));
            assertEquals(List.of(), sessions.findByUsername("nobody"));
        }

        @Test
        void deleteAllExceptKeepsOnlyTheGivenSessionOfThatUser() {
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            Session current = new Session(first, "admin", Fixtures.T0, Fixtures.T0.plusSeconds(999));
            Session other = new Session(second, "admin", Fixtures.T0.plusSeconds(1), Fixtures.T0.plusSeconds(999));
            Session third = new Session(TokenHash.of("third"), "admin", Fixtures.T0.plusSeconds(2), Fixtures.T0.plusSeconds(999));
            Session root = new Session(TokenHash.of("root"), "root", Fixtures.T0, Fixtures.T0.plusSeconds(999));
            for (Session session : List.of(current, other, third, root)) {
                sessions.insert(session);
            }

            assertEquals(2, sessions.deleteAllExcept("admin", first));

            assertEquals(List.of(current), sessions.findByUsername("admin"));
            assertEquals(List.of(root), sessions.findByUsername("root"), "another user's sessions stay");
        }

        @Test
        void deleteAllExceptNullEndsEverySessionOfThatUser() {
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            sessions.insert(new Session(first, "admin", Fixtures.T0, Fixtures.T0.plusSeconds(999)));
            sessions.insert(new Session(second, "admin", Fixtures.T0, Fixtures.T0.plusSeconds(999)));
            Session root = new Session(TokenHash.of("root"), "root", Fixtures.T0, Fixtures.T0.plusSeconds(999));
            sessions.insert(root);

            assertEquals(2, sessions.deleteAllExcept("admin", null));

            assertEquals(List.of(), sessions.findByUsername("admin"));
            assertEquals(List.of(root), sessions.findByUsername("root"));
        }

        @Test
        void deleteAllExceptASessionOfAnotherUserDeletesAllOfThisUsersSessions() {
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            sessions.insert(new Session(first, "admin", Fixtures.T0, Fixtures.T0.plusSeconds(999)));
            Session root = new Session(second, "root", Fixtures.T0, Fixtures.T0.plusSeconds(999));
            sessions.insert(root);

            assertEquals(1, sessions.deleteAllExcept("admin", second));

            assertEquals(List.of(), sessions.findByUsername("admin"));
            assertEquals(Optional.of(root), sessions.findByTokenHash(second));
        }

        @Test
        void aTokenHashIsUnique() {
            JdbcSessionRepository sessions = new JdbcSessionRepository(database);
            sessions.insert(new Session(first, "admin", Fixtures.T0, Fixtures.T0.plusSeconds(60)));

            assertConstraintViolation(assertThrows(PersistenceException.class,
                    () -> sessions.insert(new Session(first, "admin", Fixtures.T0, Fixtures.T0.plusSeconds(90)))));
        }
    }

    @Nested
    class ApiTokenRepository {
        @Test
        void tokensRoundTripOrderedByNameAndAreFoundByHash() {
            JdbcApiTokenRepository tokens = new JdbcApiTokenRepository(database);
            ApiToken bot = new ApiToken("telegram-bot", TokenHash.of("bot-secret"), Fixtures.T0);
            ApiToken backup = new ApiToken("backup-script", TokenHash.of("backup-secret"), Fixtures.T0.plusSeconds(1));
            tokens.save(bot);
            tokens.save(backup);

            assertEquals(List.of(backup, bot), tokens.findAll());
            assertEquals(Optional.of(bot), tokens.findByTokenHash(TokenHash.of("bot-secret")));
            assertEquals(Optional.empty(), tokens.findByTokenHash(TokenHash.of("unknown")));
        }

        @Test
        void savingANameAgainReplacesItsToken() {
            JdbcApiTokenRepository tokens = new JdbcApiTokenRepository(database);
            tokens.save(new ApiToken("bot", TokenHash.of("old"), Fixtures.T0));
            ApiToken rotated = new ApiToken("bot", TokenHash.of("new"), Fixtures.T0.plusSeconds(60));

            tokens.save(rotated);

            assertEquals(List.of(rotated), tokens.findAll());
            assertEquals(Optional.empty(), tokens.findByTokenHash(TokenHash.of("old")));
        }

        @Test
        void deleteSaysWhetherThereWasSuchAToken() {
            JdbcApiTokenRepository tokens = new JdbcApiTokenRepository(database);
            tokens.save(new ApiToken("bot", TokenHash.of("secret"), Fixtures.T0));

            assertTrue(tokens.delete("bot"));
            assertFalse(tokens.delete("bot"));
            assertEquals(List.of(), tokens.findAll());
        }

        @Test
        void twoNamesCannotShareATokenHash() {
            JdbcApiTokenRepository tokens = new JdbcApiTokenRepository(database);
            tokens.save(new ApiToken("a", TokenHash.of("same"), Fixtures.T0));

            assertConstraintViolation(assertThrows(PersistenceException.class,
                    () -> tokens.save(new ApiToken("b", TokenHash.of("same"), Fixtures.T0))));
        }
    }
}
