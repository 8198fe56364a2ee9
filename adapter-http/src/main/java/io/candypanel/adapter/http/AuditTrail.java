package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.AuditNote;
import io.candypanel.adapter.http.common.Caller;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.domain.audit.AuditEntry;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records who changed what after a change through the API succeeded. The change is already
 * committed when this runs, so a failure to record it is logged and never turns the answer into an error.
 */
final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditLogUseCase auditLog;
    private final Clock clock;

    AuditTrail(AuditLogUseCase auditLog, Clock clock) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param action {@code <resource>.<action>}, e.g. {@code client.create}
     * @param note   target and detail from the handler; null when it gave none
     */
    void record(Principal principal, String action, AuditNote note) {
        AuditNote what = note == null ? AuditNote.NONE : note;
        try {
            auditLog.record(new AuditEntry(clock.instant(), Caller.actorOf(principal), action, what.target(), what.detail()));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the audit entry of {} on '{}' by {}; the change itself succeeded", action,
                    what.target(), Caller.actorOf(principal), e);
        }
    }
}
