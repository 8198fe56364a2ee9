package io.candypanel.application.fakes;

import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.domain.audit.AuditEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The audit log like its table: rows get an increasing id, a page is {@code ORDER BY at DESC, id DESC
 * LIMIT ? OFFSET ?}, so entries recorded at the same instant come newest-inserted first.
 */
public final class InMemoryAuditRepository implements AuditRepositoryPort {
    private record Row(long id, AuditEntry entry) {
    }

    private final List<Row> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized void insert(AuditEntry entry) {
        rows.add(new Row(nextId++, Objects.requireNonNull(entry, "entry")));
    }

    @Override
    public synchronized List<AuditEntry> page(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("negative OFFSET or LIMIT");
        }
        return rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.entry().at()).thenComparingLong(Row::id).reversed())
                .skip(offset)
                .limit(limit)
                .map(Row::entry)
                .toList();
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }
}
