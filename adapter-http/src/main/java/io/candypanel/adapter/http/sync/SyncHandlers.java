package io.candypanel.adapter.http.sync;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.sync.SyncUseCase;
import java.util.Objects;

/**
 * The {@code sync} resource of {@code POST /api/manage}. Like the original, {@code trigger} runs the
 * whole tick before answering (and keeps the original's message, although the sync has then
 * finished, not merely started); the report says what it did. Public only so that the server
 * package can route to it; see {@code HttpRoutes}.
 */
public final class SyncHandlers {
    private final SyncUseCase sync;

    public SyncHandlers(SyncUseCase sync) {
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    public ApiResponse trigger(ApiRequest request) {
        SyncReport report = sync.sync();
        return ApiResponse.ok("Synchronization process initiated successfully.", SyncReportResponse.from(report))
                .audited("", "peers read " + report.peersRead() + ", clients disabled " + report.disabled().size()
                        + ", kernel failures " + report.kernelFailures().size());
    }
}
