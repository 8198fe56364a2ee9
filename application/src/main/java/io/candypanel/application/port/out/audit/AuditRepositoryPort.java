package io.candypanel.application.port.out.audit;

import io.candypanel.domain.audit.AuditEntry;
import java.util.List;

/** The audit log table. */
public interface AuditRepositoryPort {
    void insert(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> page(int offset, int limit);

    long count();
}
