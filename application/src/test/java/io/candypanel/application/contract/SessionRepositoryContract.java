package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code SessionRepositoryPort}: sessions are found by their unique token hash; a
 * user's sessions are listed oldest first; {@code deleteExpired} removes exactly those no longer valid
 * at {@code now} (the rule of {@link Session#isValidAt}: expiring at {@code now} is expired);
 * {@code deleteAllExcept} ends a user's sessions but one (or all, for {@code null}); both count.
 */
public abstract class SessionRepositoryContract extends StorageContract {
    private static final Instant FAR = T0.plus(Duration.ofDays(1));
    private final TokenHash first = TokenHash.of("first-token");
    private final TokenHash second = TokenHash.of("second-token");
    private SessionRepositoryPort sessions;

    @BeforeEach
    public final void repository() {
        sessions = ports().sessions();
    }

    @Test
    public void aSessionRoundTripsAndCanBeDeleted() {
        Session session = new Session(first, "admin", T0, T0.plus(Duration.ofHours(24)));

        sessions.insert(session);

        assertEquals(Optional.of(session), sessions.findByTokenHash(first));
        assertEquals(Optional.empty(), sessions.findByTokenHash(second));
        sessions.delete(first);
        assertEquals(Optional.empty(), sessions.findByTokenHash(first));
        sessions.delete(first);
    }

    @Test
    public void aTokenHashIsUnique() {
        sessions.insert(new Session(first, "admin", T0, FAR));

        assertThrows(RuntimeException.class, () -> sessions.insert(new Session(first, "root", T0.plusSeconds(1), FAR)));

        assertEquals("admin", sessions.findByTokenHash(first).orElseThrow().username());
    }

    @Test
    public void deleteExpiredRemovesExactlyTheSessionsNoLongerValidAtNow() {
        Instant now = T0.plus(Duration.ofHours(1));
        Session expiresNow = new Session(first, "admin", T0, now);
        Session expiresLater = new Session(second, "admin", T0, now.plusMillis(1));
        Session expiredLongAgo = new Session(TokenHash.of("third"), "admin", T0, T0.plusMillis(1));
        for (Session session : List.of(expiresNow, expiresLater, expiredLongAgo)) {
            sessions.insert(session);
        }

        assertEquals(2, sessions.deleteExpired(now));

        assertEquals(Optional.of(expiresLater), sessions.findByTokenHash(second));
        assertEquals(Optional.empty(), sessions.findByTokenHash(first));
        assertTrue(expiresLater.isValidAt(now) && !expiresNow.isValidAt(now), "the same rule as Session.isValidAt");
        assertEquals(0, sessions.deleteExpired(now));
    }

    @Test
    public void findByUsernameReturnsOnlyThatUsersSessionsOldestFirst() {
        Session newest = new Session(TokenHash.of("newest"), "admin", T0.plusSeconds(20), FAR);
        Session oldest = new Session(TokenHash.of("oldest"), "admin", T0, FAR);
        Session middle = new Session(TokenHash.of("middle"), "admin", T0.plusSeconds(10), FAR);
        Session someoneElse = new Session(TokenHash.of("other"), "root", T0.plusSeconds(5), FAR);
        for (Session session : List.of(newest, someoneElse, oldest, middle)) {
            sessions.insert(session);
        }

        assertEquals(List.of(oldest, middle, newest), sessions.findByUsername("admin"));
        assertEquals(List.of(someoneElse), sessions.findByUsername("root"));
        assertEquals(List.of(), sessions.findByUsername("nobody"));
    }

    @Test
    public void deleteAllExceptKeepsOnlyTheGivenSessionOfThatUser() {
        Session keep = new Session(first, "admin", T0, FAR);
        Session drop = new Session(second, "admin", T0.plusSeconds(1), FAR);
        Session other = new Session(TokenHash.of("other"), "root", T0, FAR);
        for (Session session : List.of(keep, drop, other)) {
            sessions.insert(session);
        }

        assertEquals(1, sessions.deleteAllExcept("admin", first));

        assertEquals(List.of(keep), sessions.findByUsername("admin"));
        assertEquals(List.of(other), sessions.findByUsername("root"));
    }

    @Test
    public void deleteAllExceptNullEndsEverySessionOfThatUser() {
        sessions.insert(new Session(first, "admin", T0, FAR));
        sessions.insert(new Session(second, "admin", T0.plusSeconds(1), FAR));
        Session other = new Session(TokenHash.of("other"), "root", T0, FAR);
        sessions.insert(other);

        assertEquals(2, sessions.deleteAllExcept("admin", null));

        assertEquals(List.of(), sessions.findByUsername("admin"));
        assertEquals(List.of(other), sessions.findByUsername("root"));
    }

    @Test
    public void deleteAllExceptASessionOfAnotherUserEndsAllOfThisUsersSessions() {
        sessions.insert(new Session(first, "admin", T0, FAR));
        Session other = new Session(second, "root", T0, FAR);
        sessions.insert(other);

        assertEquals(1, sessions.deleteAllExcept("admin", second));

        assertEquals(List.of(), sessions.findByUsername("admin"));
        assertEquals(Optional.of(other), sessions.findByTokenHash(second));
    }
}
