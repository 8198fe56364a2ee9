package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.domain.audit.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The audit log in {@code audit_log}: appended to, read a page at a time, newest first. Inside a
 * {@link JdbcUnitOfWork} transaction an insert joins it, so the entry is kept only if the change is.
 */
public final class JdbcAuditRepository implements AuditRepositoryPort {
    private static final String INSERT = """
            INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)""";

    /** Newest first; entries of the same millisecond newest-inserted first. Walks ix_audit_log_at backwards. */
    private static final String PAGE = """
            SELECT at, actor, action, target, detail FROM audit_log
            ORDER BY at DESC, id DESC
            LIMIT ? OFFSET ?""";

    private static final String COUNT = """
            SELECT COUNT(*) FROM audit_log""";

    private final Jdbc jdbc;

    public JdbcAuditRepository(Database database) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
    }

    @Override
    public void insert(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        jdbc.update(INSERT, s -> {
            s.setLong(1, Jdbc.millis(entry.at()));
            s.setString(2, entry.actor());
            s.setString(3, entry.action());
            s.setString(4, entry.target());
            s.setString(5, entry.detail());
        });
    }

    /** Up to {@code limit} entries after skipping the {@code offset} newest; empty past the end. */
    @Override
    public List<AuditEntry> page(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return List.copyOf(jdbc.list(PAGE, s -> {
            s.setInt(1, limit);
            s.setInt(2, offset);
        }, JdbcAuditRepository::read));
    }

    @Override
    public long count() {
        return jdbc.number(COUNT, Jdbc.Binder.NONE);
    }

    private static AuditEntry read(ResultSet rows) throws SQLException {
        return new AuditEntry(Jdbc.instant(rows.getLong("at")), rows.getString("actor"), rows.getString("action"),
                rows.getString("target"), rows.getString("detail"));
    }
}
