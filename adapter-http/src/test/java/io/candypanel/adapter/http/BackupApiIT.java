package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupNotFoundException;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupApiIT {
    private static final BackupInfo SNAPSHOT = new BackupInfo("candypanel-20261126-120000-000.db", 1_572_864, Instant.parse("2026-11-26T12:00:00Z"));
    private static final BackupInfo OLDER = new BackupInfo("candypanel-20261125-120000-000.db", 1_048_576, Instant.parse("2026-11-25T12:00:00Z"));

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    @Test
    void createReturnsTheSnapshotAndIsAudited() {
        given(api.backup.create()).willReturn(SNAPSHOT);

        JsonNode data = api.manage("{\"resource\": \"backup\", \"action\": \"create\"}")
                .assertSuccess("Backup 'candypanel-20261126-120000-000.db' created.");

        assertEquals("candypanel-20261126-120000-000.db", data.path("name").asText());
        assertTrue(data.path("size_bytes").isIntegralNumber());
        assertEquals(1_572_864, data.path("size_bytes").asLong());
        assertEquals("2026-11-26T12:00:00Z", data.path("created_at").asText());
        AuditEntry entry = api.recordedAudit();
        assertEquals("backup.create", entry.action());
        assertEquals(SNAPSHOT.name(), entry.target());
        assertEquals("1.50 MiB", entry.detail());
    }

    @Test
    void listReturnsTheSnapshotsNewestFirstAndIsNotAudited() {
        given(api.backup.list()).willReturn(List.of(SNAPSHOT, OLDER));

        JsonNode data = api.manage("{\"resource\": \"backup\", \"action\": \"list\"}").assertSuccess("Backups retrieved successfully.");

        assertEquals(2, data.path("backups").size());
        assertEquals(SNAPSHOT.name(), data.path("backups").path(0).path("name").asText());
        assertEquals(OLDER.name(), data.path("backups").path(1).path("name").asText());
        api.assertNothingAudited();
    }

    @Test
    void restoreReplacesTheDatabaseAndIsAudited() {
        given(api.backup.restore(OLDER.name())).willReturn(OLDER);

        JsonNode data = api.manage("{\"resource\": \"backup\", \"action\": \"restore\", \"name\": \"" + OLDER.name() + "\"}")
                .assertSuccess("Backup 'candypanel-20261125-120000-000.db' restored.");

        assertEquals(OLDER.name(), data.path("name").asText());
        then(api.backup).should().restore(OLDER.name());
        assertEquals("backup.restore", api.recordedAudit().action());
    }

    @Test
    void restoringAnUnknownBackupIs404() {
        given(api.backup.restore("gone.db")).willThrow(new BackupNotFoundException("gone.db"));

        api.manage("{\"resource\": \"backup\", \"action\": \"restore\", \"name\": \"gone.db\"}").assertError(404, "BACKUP_NOT_FOUND");

        api.assertNothingAudited();
    }

    @Test
    void restoringAFileThatIsNotAPanelDatabaseIs409() {
        given(api.backup.restore("broken.db")).willThrow(new InvalidBackupException("broken.db is not a CandyPanel database."));

        String message = api.manage("{\"resource\": \"backup\", \"action\": \"restore\", \"name\": \"broken.db\"}")
                .assertError(409, "INVALID_BACKUP");

        assertEquals("broken.db is not a CandyPanel database.", message);
        api.assertNothingAudited();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"../../etc/passwd\"", "\"/etc/passwd\"", "\"a/b.db\"", "\"..\"", "\".hidden\"", "\"a..b\"", "\"\"",
            "\"x\\ny\"", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.db\"", "12", "[\"a\"]", "{}", "null"})
    void aNameThatIsNotAPlainFileNameNeverReachesTheUseCase(String name) {
        api.manage("{\"resource\": \"backup\", \"action\": \"restore\", \"name\": " + name + "}").assertError(400, "VALIDATION_FAILED");

        api.assertNoUseCaseCalled();
    }
}
