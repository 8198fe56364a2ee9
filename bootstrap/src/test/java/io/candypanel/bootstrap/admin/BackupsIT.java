package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.candypanel.bootstrap.sync.DailyBackupScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database snapshots through the API and the daily scheduler, against the whole panel. */
class BackupsIT {
    @TempDir
    Path work;
    private Panel panel;
    private ApiClient admin;

    /**
     * {@code auto_backup} is 1 by default and the scheduler checks once right after the start, so a
     * fresh panel takes its first snapshot on its own thread; the tests wait for it, after which the
     * scheduler stays quiet for an hour of real time, and any further snapshot is one a test asked for.
     */
    @BeforeEach
    void start() throws Exception {
        panel = new Panel(work).start();
        admin = panel.installAndLogin();
        Panel.awaitTrue("the start-up backup exists", () -> !names().isEmpty());
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    @Test
    void aBackupIsAnOwnerOnlyFileInTheBackupsDirectoryAndTheListIsNewestFirst() throws Exception {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            panel.clock.advance(Duration.ofMinutes(5));
            ApiClient.Reply created = admin.manage("backup", "create", "{}");
            assertEquals(200, created.status(), created.toString());
            String name = created.data().path("name").asText();
            assertTrue(name.matches("candypanel-\\d{8}-\\d{6}-\\d{3}\\.db"), name);
            assertEquals(panel.clock.instant(), Instant.parse(created.data().path("created_at").asText()));
            Path file = panel.backupsDir().resolve(name);
            assertTrue(Files.isRegularFile(file), file.toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals(Files.size(file), created.data().path("size_bytes").asLong());
            made.add(name);
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(panel.backupsDir())));

        List<String> listed = names();
        assertEquals(4, listed.size(), "the start-up snapshot and three more: " + listed);
        assertEquals(List.of(made.get(2), made.get(1), made.get(0)), listed.subList(0, 3), "newest first");
        JsonNode entries = admin.ok("backup", "list", "{}").path("backups");
        Instant previous = Instant.MAX;
        for (JsonNode entry : entries) {
            Instant at = Instant.parse(entry.path("created_at").asText());
            assertTrue(at.isBefore(previous), entries.toString());
            previous = at;
        }
    }

    @Test
    void restoringABackupBringsBackTheDataAsItWas() throws Exception {
        assertEquals(200, admin.createClient("keeper").status());
        JsonNode keeper = Panel.client(admin, "keeper");
        String config = admin.ok("client", "get_config", "{\"name\":\"keeper\"}").path("config").asText();
        panel.clock.advance(Duration.ofMinutes(1));
        String snapshot = admin.ok("backup", "create", "{}").path("name").asText();

        panel.clock.advance(Duration.ofMinutes(1));
        admin.ok("client", "delete", "{\"name\":\"keeper\"}");
        assertEquals(200, admin.createClient("newcomer").status());
        assertFalse(Panel.hasClient(admin, "keeper"));
        int backupsBefore = names().size();

        panel.clock.advance(Duration.ofMinutes(1));
        ApiClient.Reply restored = admin.manage("backup", "restore", "{\"name\":\"" + snapshot + "\"}");
        assertEquals(200, restored.status(), restored.toString());
        assertEquals(snapshot, restored.data().path("name").asText());

        ApiClient.Reply data = admin.get("/api/data");
        assertEquals(200, data.status(), "/api/data works after the restore: " + data);
        assertEquals(keeper, Panel.client(admin, "keeper"), "the client is back exactly as it was");
        assertFalse(Panel.hasClient(admin, "newcomer"), "what came after the snapshot is gone");
        assertEquals(config, admin.ok("client", "get_config", "{\"name\":\"keeper\"}").path("config").asText());
        assertEquals(backupsBefore + 1, names().size(), "a safety snapshot of the replaced database was taken");
        assertEquals(200, admin.createClient("after-restore").status(), "the restored database takes writes");
        assertTrue(Panel.hasClient(admin, "after-restore"));

        panel.restart();
        ApiClient again = panel.newSession(Panel.PASSWORD);
        assertEquals(keeper, Panel.client(again, "keeper"), "the restored state survives a restart");
        assertTrue(Panel.hasClient(again, "after-restore"));
    }

    /**
     * The database is the truth and the {@code wgN.conf} files are rendered from it (README,
     * architecture.md). After a restore the files must describe the restored clients; in config-only
     * mode nobody else will rewrite them until the next change on that interface or a restart.
     */
    @Test
    void afterARestoreTheServerConfigFileFollowsTheRestoredDatabase() throws Exception {
        assertEquals(200, admin.createClient("keeper").status());
        String keeperKey = Panel.client(admin, "keeper").path("public_key").asText();
        panel.clock.advance(Duration.ofMinutes(1));
        String snapshot = admin.ok("backup", "create", "{}").path("name").asText();
        admin.ok("client", "delete", "{\"name\":\"keeper\"}");
        assertEquals(200, admin.createClient("newcomer").status());
        String newcomerKey = Panel.client(admin, "newcomer").path("public_key").asText();
        Path wg0 = panel.wgDir().resolve("wg0.conf");
        assertTrue(Files.readString(wg0).contains(newcomerKey));

        admin.ok("backup", "restore", "{\"name\":\"" + snapshot + "\"}");

        String serverConfig = Files.readString(wg0);
        assertTrue(serverConfig.contains(keeperKey), "the restored client's peer is in wg0.conf:\n" + serverConfig);
        assertFalse(serverConfig.contains(newcomerKey), "the peer of a client the restore removed is gone:\n" + serverConfig);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndNothingIsTouched() throws Exception {
        assertEquals(200, admin.createClient("stays").status());
        Path fake = panel.backupsDir().resolve("candypanel-20000101-000000-000.db");
        Files.writeString(fake, "this is not an SQLite database, just text pretending to be a backup\n".repeat(100));
        assertTrue(names().contains(fake.getFileName().toString()), "it looks like a backup by its name");
        ObjectNode before = Panel.state(admin);
        List<String> backupsBefore = names();
        byte[] fakeBytes = Files.readAllBytes(fake);

        ApiClient.Reply refused = admin.manage("backup", "restore", "{\"name\":\"" + fake.getFileName() + "\"}");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("INVALID_BACKUP", refused.code());
        assertFalse(refused.success());

        assertEquals(before, Panel.state(admin), "data untouched");
        assertEquals(backupsBefore, names());
        assertTrue(java.util.Arrays.equals(fakeBytes, Files.readAllBytes(fake)));
        assertEquals(200, admin.createClient("still-writable").status());
        try (var files = Files.list(panel.dataDir())) {
            List<String> leftovers = files.map(f -> f.getFileName().toString()).filter(n -> n.contains("restore")).toList();
            assertEquals(List.of(), leftovers, "no staging file is left behind");
        }
    }

    @Test
    void aNameThatIsNotABackupIsRefusedAndNothingIsTouched() throws Exception {
        assertEquals(200, admin.createClient("stays").status());
        Files.writeString(panel.dataDir().resolve("decoy.db"), "decoy");
        ObjectNode before = Panel.state(admin);
        List<String> backupsBefore = names();

        for (String name : List.of("../candypanel.db", "candypanel.db", "..", ".", "../../etc/passwd", "/etc/passwd",
                "backups/../candypanel.db", "..%2fcandypanel.db", "decoy.db", "../decoy.db", "candypanel-20990101-000000-000.db",
                "candypanel-20000101-000000-000.db/..", "./candypanel-20000101-000000-000.db", "\\\\..\\\\candypanel.db", "")) {
            ApiClient.Reply refused = admin.manage("backup", "restore", "{\"name\":" + ApiClient.quote(name) + "}");
            assertTrue(refused.status() == 400 || refused.status() == 404, name + " -> " + refused);
            assertFalse(refused.success(), name + " -> " + refused);
        }

        assertEquals(before, Panel.state(admin), "data untouched");
        assertEquals(backupsBefore, names(), "no safety snapshot either: nothing was restored");
        assertTrue(Files.exists(panel.database()));
        assertTrue(Files.exists(panel.dataDir().resolve("decoy.db")));
    }

    @Test
    void theDailyBackupRunsOncePerDayAndKeepsFourteen() {
        // Days pass here: an API token does not expire like the admin's session.
        String token = "backup-watcher-token-0123456789abcdefghij";
        admin.ok("api_token", "create_or_update", "{\"name\":\"watcher\",\"token\":\"" + token + "\"}");
        admin = new ApiClient(panel.port(), token);
        DailyBackupScheduler scheduler = panel.app().component(DailyBackupScheduler.class);
        admin.ok("setting", "update", "{\"key\":\"auto_backup\",\"value\":\"1\"}");
        List<String> initial = names();
        assertEquals(1, initial.size(), initial.toString());

        assertFalse(scheduler.backupIfDue(), "the start-up snapshot is less than a day old");
        panel.clock.advance(Duration.ofHours(24));
        assertTrue(scheduler.backupIfDue(), "a day later a snapshot is due");
        List<String> afterOne = names();
        assertEquals(2, afterOne.size(), afterOne.toString());
        assertFalse(scheduler.backupIfDue(), "not twice the same day");
        panel.clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertFalse(scheduler.backupIfDue(), "not before 24 h have passed");
        assertEquals(afterOne, names());
        panel.clock.advance(Duration.ofMinutes(1));
        assertTrue(scheduler.backupIfDue());
        assertEquals(3, names().size());

        admin.ok("setting", "update", "{\"key\":\"auto_backup\",\"value\":\"0\"}");
        panel.clock.advance(Duration.ofDays(3));
        assertFalse(scheduler.backupIfDue(), "auto_backup=0 turns it off");
        assertEquals(3, names().size());
        admin.ok("setting", "update", "{\"key\":\"auto_backup\",\"value\":\"1\"}");

        List<String> made = new ArrayList<>();
        for (int day = 0; day < 20; day++) {
            panel.clock.advance(Duration.ofDays(1));
            assertTrue(scheduler.backupIfDue(), "day " + day);
            made.add(names().get(0));
        }
        List<String> kept = names();
        assertEquals(14, kept.size(), "at most 14 are kept: " + kept);
        List<String> newest = new ArrayList<>(made.subList(made.size() - 14, made.size()));
        java.util.Collections.reverse(newest);
        assertEquals(newest, kept, "the newest 14");
        try (var files = Files.list(panel.backupsDir())) {
            assertEquals(14, files.count(), "the pruned files are deleted");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> names() {
        JsonNode backups = admin.ok("backup", "list", "{}").path("backups");
        List<String> names = new ArrayList<>();
        backups.forEach(b -> names.add(b.path("name").asText()));
        return names;
    }
}
