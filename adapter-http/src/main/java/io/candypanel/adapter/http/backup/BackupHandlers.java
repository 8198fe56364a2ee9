package io.candypanel.adapter.http.backup;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.HumanUnits;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code backup} resource of {@code POST /api/manage} (new): consistent database snapshots.
 * Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class BackupHandlers {
    /**
     * A snapshot is named by the panel (a file in its backups directory). A name is therefore one
     * plain file name: no separator, no {@code ..}, no leading dot or dash, nothing to escape.
     */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}");

    private final BackupUseCase backups;

    public BackupHandlers(BackupUseCase backups) {
        this.backups = Objects.requireNonNull(backups, "backups");
    }

    public ApiResponse create(ApiRequest request) {
        BackupInfo created = backups.create();
        return ApiResponse.ok("Backup '" + created.name() + "' created.", BackupResponse.from(created))
                .audited(created.name(), HumanUnits.bytes(created.sizeBytes()));
    }

    public ApiResponse list(ApiRequest request) {
        List<BackupResponse> all = backups.list().stream().map(BackupResponse::from).toList();
        return ApiResponse.ok("Backups retrieved successfully.", new BackupListResponse(all));
    }

    /** 404 for an unknown name; 409 for a file that is not a restorable panel database. */
    public ApiResponse restore(ApiRequest request) {
        String name = request.fields().requiredString("name");
        if (name.contains("..") || !NAME.matcher(name).matches()) {
            throw JsonFields.invalid("name", "must be the name of a backup as backup/list shows it");
        }
        BackupInfo restored = backups.restore(name);
        return ApiResponse.ok("Backup '" + restored.name() + "' restored.", BackupResponse.from(restored))
                .audited(restored.name(), "database replaced by this snapshot");
    }

    /** One snapshot: {@code name}, {@code size_bytes}, {@code created_at}. */
    record BackupResponse(String name, long sizeBytes, Instant createdAt) {
        static BackupResponse from(BackupInfo info) {
            return new BackupResponse(info.name(), info.sizeBytes(), info.createdAt());
        }
    }

    /** Newest first. */
    record BackupListResponse(List<BackupResponse> backups) {
    }
}
