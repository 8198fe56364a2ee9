package io.candypanel.application.port.in.audit;

import io.candypanel.domain.audit.AuditEntry;
import java.util.List;

/** One page of the audit log, newest first, and the number of entries in all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
