package io.candypanel.application.port.in.audit;

import io.candypanel.domain.audit.AuditEntry;

/** Who did what to which object, and when: recorded by driving adapters after a change succeeded. */
public interface AuditLogUseCase {
    void record(AuditEntry entry);

    /** Newest first; page counts from 1. */
    AuditPage list(int page, int size);
}
