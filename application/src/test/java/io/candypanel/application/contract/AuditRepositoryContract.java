package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.domain.audit.AuditEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code AuditRepositoryPort}: every field round-trips; pages are newest first, and
 * entries of the same instant newest-inserted first; walking the pages returns each entry once; a
 * zero limit is an empty page, negative arguments are refused; an entry inserted in a transaction
 * that rolls back is not kept.
 */
public abstract class AuditRepositoryContract extends StorageContract {
    private AuditRepositoryPort audit;

    @BeforeEach
    public final void repository() {
        audit = ports().audit();
    }

    @Test
    public void anEntryRoundTripsWithEveryField() {
        AuditEntry entry = new AuditEntry(T0, "admin", "client.create", "alice", "quota 10 GiB, ünïcode");

        audit.insert(entry);

        assertEquals(List.of(entry), audit.page(0, 10));
        assertEquals(1, audit.count());
    }

    @Test
    public void anEmptyTargetAndDetailRoundTrip() {
        AuditEntry entry = new AuditEntry(T0, "api-token:bot", "sync.trigger", "", "");

        audit.insert(entry);

        assertEquals(List.of(entry), audit.page(0, 1));
    }

    @Test
    public void pagesAreNewestFirstAndSameInstantEntriesNewestInsertedFirst() {
        AuditEntry old = new AuditEntry(T0, "admin", "a", "1", "");
        AuditEntry sameFirst = new AuditEntry(T0.plusSeconds(5), "admin", "b", "2", "");
        AuditEntry sameSecond = new AuditEntry(T0.plusSeconds(5), "admin", "c", "3", "");
        AuditEntry newest = new AuditEntry(T0.plusSeconds(9), "admin", "d", "4", "");
        for (AuditEntry entry : List.of(sameFirst, old, newest, sameSecond)) {
            audit.insert(entry);
        }

        assertEquals(List.of(newest, sameSecond, sameFirst, old), audit.page(0, 10));
        assertEquals(List.of(sameFirst, old), audit.page(2, 2));
        assertEquals(List.of(), audit.page(4, 2));
    }

    @Test
    public void walkingEveryPageReturnsEachEntryOnce() {
        for (int i = 0; i < 23; i++) {
            audit.insert(new AuditEntry(T0.plusMillis(i / 4), "admin", "action", "t" + i, ""));
        }

        List<AuditEntry> walked = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 5) {
            walked.addAll(audit.page(offset, 5));
        }

        assertEquals(23, walked.size());
        Set<String> targets = new HashSet<>();
        walked.forEach(e -> targets.add(e.target()));
        assertEquals(23, targets.size());
        assertEquals(23, audit.count());
    }

    @Test
    public void aZeroLimitIsAnEmptyPageAndNegativeArgumentsAreRefused() {
        audit.insert(new AuditEntry(T0, "admin", "a", "", ""));

        assertEquals(List.of(), audit.page(0, 0));
        assertThrows(IllegalArgumentException.class, () -> audit.page(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> audit.page(0, -5));
    }

    @Test
    public void anInsertInsideARolledBackTransactionIsNotKept() {
        assertThrows(IllegalStateException.class, () -> ports().unitOfWork().run(() -> {
            audit.insert(new AuditEntry(T0, "admin", "client.delete", "alice", ""));
            throw new IllegalStateException("rolled back");
        }));

        assertEquals(0, audit.count());
        assertEquals(List.of(), audit.page(0, 10));
    }
}
