package io.candypanel.application.fakes;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.client.Client;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fakes of the new port methods behave like the tables (and the directory) they stand for. */
class InMemoryNewPortsTest {
    private static final String TOKEN_A = "shareTokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private static final String TOKEN_B = "shareTokenBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

    // --- sessions ---------------------------------------------------------------------------

    private static Session session(String token, String user, Instant createdAt) {
        return new Session(TokenHash.of(token), user, createdAt, createdAt.plus(Duration.ofHours(24)));
    }

    @Test
    void sessionsOfAUserAreListedOldestFirstAndOnlyTheirs() {
        InMemorySessionRepository sessions = new InMemorySessionRepository();
        sessions.insert(session("t2", "admin", NOW.plusSeconds(2)));
        sessions.insert(session("t1", "admin", NOW.plusSeconds(1)));
        sessions.insert(session("other", "root", NOW));
        sessions.insert(session("t3a", "admin", NOW.plusSeconds(3)));
        sessions.insert(session("t3b", "admin", NOW.plusSeconds(3)));

        assertEquals(List.of(TokenHash.of("t1"), TokenHash.of("t2"), TokenHash.of("t3a"), TokenHash.of("t3b")),
                sessions.findByUsername("admin").stream().map(Session::tokenHash).toList());
        assertEquals(List.of(), sessions.findByUsername("nobody"));
    }

    @Test
    void deleteAllExceptKeepsOneSessionAndOtherUsers() {
        InMemorySessionRepository sessions = new InMemorySessionRepository();
        sessions.insert(session("t1", "admin", NOW));
        sessions.insert(session("t2", "admin", NOW));
        sessions.insert(session("t3", "admin", NOW));
        sessions.insert(session("other", "root", NOW));

        assertEquals(2, sessions.deleteAllExcept("admin", TokenHash.of("t2")));
        assertEquals(List.of(TokenHash.of("t2"), TokenHash.of("other")),
                sessions.all().stream().map(Session::tokenHash).toList());

        assertEquals(1, sessions.deleteAllExcept("admin", null), "null keeps nothing");
        assertEquals(List.of(TokenHash.of("other")), sessions.all().stream().map(Session::tokenHash).toList());
    }

    // --- clients by share token -------------------------------------------------------------

    @Test
    void aClientIsFoundByItsShareTokenAsACopy() {
        InMemoryClientRepository clients = new InMemoryClientRepository();
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        Client alice = clients.stored("alice").orElseThrow();
        alice.shareWith(TOKEN_A);
        clients.update(alice);

        Client found = clients.findByShareToken(TOKEN_A).orElseThrow();
        assertEquals("alice", found.name().value());
        found.revokeShare();
        assertEquals(Optional.of(TOKEN_A), clients.stored("alice").orElseThrow().shareToken(), "a copy, like a row");
        assertEquals(Optional.empty(), clients.findByShareToken(TOKEN_B));
        assertEquals(Optional.empty(), clients.findByShareToken(null), "NULL never matches");
    }

    @Test
    void shareTokensAreUniqueLikeTheColumn() {
        InMemoryClientRepository clients = new InMemoryClientRepository();
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
        Client alice = clients.stored("alice").orElseThrow();
        alice.shareWith(TOKEN_A);
        clients.update(alice);

        Client bob = clients.stored("bob").orElseThrow();
        bob.shareWith(TOKEN_A);
        assertThrows(IllegalStateException.class, () -> clients.update(bob));
        assertThrows(IllegalStateException.class, () -> clients.updateAll(List.of(bob)));
        assertEquals(Optional.empty(), clients.stored("bob").orElseThrow().shareToken());

        alice.shareWith(TOKEN_B);
        clients.update(alice);   // a client may replace its own token
        assertEquals(Optional.of(TOKEN_B), clients.stored("alice").orElseThrow().shareToken());
    }

    // --- audit log --------------------------------------------------------------------------

    @Test
    void auditPagesAreNewestFirstWithTiesByInsertion() {
        InMemoryAuditRepository audit = new InMemoryAuditRepository();
        audit.insert(new AuditEntry(NOW.plusSeconds(1), "cli", "b", null, null));
        audit.insert(new AuditEntry(NOW, "cli", "a", null, null));
        audit.insert(new AuditEntry(NOW.plusSeconds(2), "cli", "c1", null, null));
        audit.insert(new AuditEntry(NOW.plusSeconds(2), "cli", "c2", null, null));

        assertEquals(List.of("c2", "c1", "b", "a"), audit.page(0, 10).stream().map(AuditEntry::action).toList());
        assertEquals(List.of("c1", "b"), audit.page(1, 2).stream().map(AuditEntry::action).toList());
        assertEquals(List.of(), audit.page(4, 2));
        assertEquals(4, audit.count());
    }

    // --- backups ----------------------------------------------------------------------------

    @Test
    void backupsAreListedNewestFirstAndPruningKeepsTheNewest() {
        MutableClock clock = new MutableClock(NOW);
        InMemoryBackups backups = new InMemoryBackups(clock);
        BackupInfo first = backups.snapshot();
        clock.advance(Duration.ofDays(1));
        BackupInfo second = backups.snapshot();
        clock.advance(Duration.ofDays(1));
        BackupInfo third = backups.snapshot();

        assertEquals(List.of(third, second, first), backups.list());
        assertEquals(Optional.of(second), backups.find(second.name()));
        assertEquals(2, backups.prune(1));
        assertEquals(List.of(third), backups.list());
        assertEquals(Optional.empty(), backups.find(first.name()));
        assertEquals(0, backups.prune(5));
    }

    @Test
    void anInvalidBackupIsRefusedAndNotRestored() {
        InMemoryBackups backups = new InMemoryBackups(new MutableClock(NOW));
        BackupInfo good = backups.snapshot();
        BackupInfo bad = backups.snapshot();
        backups.markInvalid(bad.name());

        assertThrows(InvalidBackupException.class, () -> backups.restore(bad.name()));
        backups.restore(good.name());
        assertEquals(List.of(good.name()), backups.restored());
        assertFalse(backups.list().isEmpty());
        assertTrue(backups.list().contains(bad), "a refused snapshot stays in the directory");
    }
}
