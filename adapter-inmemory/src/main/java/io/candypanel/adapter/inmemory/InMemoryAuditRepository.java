package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.domain.audit.AuditEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * The audit log: rows get an increasing id; a page is newest first, entries of the same instant
 * newest-inserted first (the SQL table's {@code ORDER BY at DESC, id DESC}).
 */
final class InMemoryAuditRepository implements AuditRepositoryPort {
    private static final Comparator<Map.Entry<Long, AuditEntry>> NEWEST_FIRST =
            Comparator.<Map.Entry<Long, AuditEntry>, java.time.Instant>comparing(e -> e.getValue().at())
                    .thenComparing(Map.Entry::getKey)
                    .reversed();

    private final Store store;

    InMemoryAuditRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void insert(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        store.inTransaction(() -> {
            NavigableMap<Long, AuditEntry> rows = (NavigableMap<Long, AuditEntry>) store.write(Tables.AUDIT_LOG);
            long id = rows.isEmpty() ? 1 : rows.lastKey() + 1;
            rows.put(id, entry);
            return null;
        });
    }

    /** Up to {@code limit} entries after skipping the {@code offset} newest; refuses negative arguments. */
    @Override
    public List<AuditEntry> page(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return store.read(Tables.AUDIT_LOG).entrySet().stream()
                .sorted(NEWEST_FIRST)
                .skip(offset)
                .limit(limit)
                .map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public long count() {
        return store.read(Tables.AUDIT_LOG).size();
    }
}
