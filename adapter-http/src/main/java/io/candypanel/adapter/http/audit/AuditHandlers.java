package io.candypanel.adapter.http.audit;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.audit.AuditPage;
import io.candypanel.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The {@code audit} resource of {@code POST /api/manage} (new): the audit log, newest first, a page
 * at a time. Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class AuditHandlers {
    static final int DEFAULT_PAGE = 1;
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private final AuditLogUseCase auditLog;

    public AuditHandlers(AuditLogUseCase auditLog) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** {@code page} (from 1, default 1) and {@code size} (1-500, default 50). */
    public ApiResponse list(ApiRequest request) {
        JsonFields fields = request.fields();
        int page = fields.nonNegativeInt("page").orElse(DEFAULT_PAGE);
        int size = fields.nonNegativeInt("size").orElse(DEFAULT_SIZE);
        if (page < 1) {
            throw JsonFields.invalid("page", "must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw JsonFields.invalid("size", "must be from 1 to " + MAX_SIZE);
        }
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw JsonFields.invalid("page", "is beyond the end of any audit log");
        }
        AuditPage result = auditLog.list(page, size);
        return ApiResponse.ok("Audit log retrieved successfully.", AuditPageResponse.from(result));
    }

    record AuditPageResponse(List<AuditEntryResponse> entries, int page, int size, long total) {
        static AuditPageResponse from(AuditPage page) {
            return new AuditPageResponse(page.entries().stream().map(AuditEntryResponse::from).toList(),
                    page.page(), page.size(), page.total());
        }
    }

    record AuditEntryResponse(Instant at, String actor, String action, String target, String detail) {
        static AuditEntryResponse from(AuditEntry entry) {
            return new AuditEntryResponse(entry.at(), entry.actor(), entry.action(), entry.target(), entry.detail());
        }
    }
}
