package io.candypanel.application.service.audit;

import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.audit.AuditPage;
import io.candypanel.application.port.out.audit.AuditRepositoryPort;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;

public final class AuditLogService implements AuditLogUseCase {
    public static final int MAX_PAGE_SIZE = 500;

    private final AuditRepositoryPort audit;

    public AuditLogService(AuditRepositoryPort audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public void record(AuditEntry entry) {
        audit.insert(Objects.requireNonNull(entry, "entry"));
    }

    @Override
    public AuditPage list(int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("Paging needs page >= 1 and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidValueException("The page is out of range.");
        }
        return new AuditPage(audit.page((int) offset, size), page, size, audit.count());
    }
}
