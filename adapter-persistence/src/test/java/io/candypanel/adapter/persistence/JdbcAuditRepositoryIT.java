package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.audit.AuditEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAuditRepositoryIT {
    @TempDir
    Path temp;

    private Database database;
    private JdbcAuditRepository audit;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        audit = new JdbcAuditRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEntryRoundTripsWithEveryField() {
        AuditEntry entry = new AuditEntry(Fixtures.T0, "admin:root", "client.create", "alice", "quota 10 GiB, 'quoted' ünïcode");

        audit.insert(entry);

        assertEquals(List.of(entry), audit.page(0, 10));
        assertEquals(1, audit.count());
        assertEquals(Fixtures.T0.toEpochMilli(), Fixtures.queryLong(database, "SELECT at FROM audit_log"));
    }

    @Test
    void anEmptyTargetAndDetailAreStoredAsEmptyText() {
        AuditEntry entry = new AuditEntry(Fixtures.T0, "cli", "settings.update", null, null);

        audit.insert(entry);

        assertEquals(List.of(entry), audit.page(0, 1));
        assertEquals("", Fixtures.queryString(database, "SELECT target FROM audit_log"));
    }

    @Test
    void pagesAreNewestFirstAndSameMillisecondEntriesNewestInsertedFirst() {
        // Inserted out of time order; three entries share one millisecond.
        AuditEntry t2 = entry(2, "t2");
        AuditEntry t0 = entry(0, "t0");
        AuditEntry t5a = entry(5, "t5-a");
        AuditEntry t5b = entry(5, "t5-b");
        AuditEntry t5c = entry(5, "t5-c");
        AuditEntry t9 = entry(9, "t9");
        for (AuditEntry entry : List.of(t2, t0, t5a, t5b, t5c, t9)) {
            audit.insert(entry);
        }

        assertEquals(List.of(t9, t5c), audit.page(0, 2));
        assertEquals(List.of(t5b, t5a), audit.page(2, 2));
        assertEquals(List.of(t2, t0), audit.page(4, 2));
        assertEquals(List.of(), audit.page(6, 2));
        assertEquals(List.of(t0), audit.page(5, 100), "a short last page");
        assertEquals(6, audit.count());
    }

    @Test
    void walkingEveryPageReturnsEachEntryOnce() {
        List<AuditEntry> expected = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            AuditEntry entry = entry(i / 3, "e" + i);
            audit.insert(entry);
            expected.add(0, entry);
        }

        List<AuditEntry> walked = new ArrayList<>();
        for (int offset = 0; offset < audit.count(); offset += 10) {
            walked.addAll(audit.page(offset, 10));
        }

        assertEquals(expected, walked);
    }

    @Test
    void aZeroLimitIsAnEmptyPageAndNegativeArgumentsAreRefused() {
        audit.insert(entry(1, "x"));

        assertEquals(List.of(), audit.page(0, 0));
        assertThrows(IllegalArgumentException.class, () -> audit.page(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> audit.page(0, -1));
    }

    @Test
    void anInsertInsideARolledBackTransactionIsNotKept() {
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(database);

        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            audit.insert(entry(1, "undone"));
            throw new IllegalStateException("the change failed");
        }));

        assertEquals(0, audit.count());
    }

    @Test
    void theNewestPageWalksTheIndexOnAt() {
        String plan = database.withConnection(connection -> {
            StringBuilder text = new StringBuilder();
            try (var statement = connection.prepareStatement(
                    "EXPLAIN QUERY PLAN SELECT at, actor, action, target, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT 10 OFFSET 0");
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    text.append(rows.getString("detail")).append('\n');
                }
            }
            return text.toString();
        });

        assertEquals(true, plan.contains("ix_audit_log_at") && !plan.contains("TEMP B-TREE"), plan);
    }

    private static AuditEntry entry(int secondsAfterT0, String target) {
        return new AuditEntry(Fixtures.T0.plusSeconds(secondsAfterT0), "admin:root", "client.update", target, "");
    }
}
