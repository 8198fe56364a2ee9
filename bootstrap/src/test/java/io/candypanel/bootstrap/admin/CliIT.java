package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.bootstrap.Cli;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maintenance commands on the data directory of a real panel, run while the panel is stopped:
 * in-process through {@link Cli} (as {@code Main} calls it), and as the operator runs them, through
 * the built jar ({@code java -jar target/candypanel.jar COMMAND ...}) for exit codes and messages.
 */
class CliIT {
    private static final Path JAR = Path.of("target", "candypanel.jar");

    @TempDir
    Path work;
    private Panel panel;
    private ApiClient admin;

    @BeforeEach
    void start() throws Exception {
        panel = new Panel(work).start();
        admin = panel.installAndLogin();
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** {@link Cli} in-process with the panel's configuration, the way {@code Main} runs it. */
    private Run cli(Cli.Command command, String stdin, String... operands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            int code = new Cli(panel.config(), panel.clock, new BufferedReader(new StringReader(stdin)), print)
                    .run(command, List.of(operands));
            return new Run(code, out.toString(StandardCharsets.UTF_8), "");
        } catch (Cli.CliException e) {
            return new Run(2, out.toString(StandardCharsets.UTF_8), e.getMessage());
        } catch (Exception e) {
            throw new AssertionError("the CLI failed unexpectedly", e);
        }
    }

    /** The built jar as a process, as an operator runs it. */
    private Run jar(String stdin, String... arguments) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the fat jar must be built before the ITs run: " + JAR.toAbsolutePath());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--data-dir", panel.dataDir().toString(), "--wg-dir", panel.wgDir().toString(),
                "--wg-mode", "config-only"));
        Path stdout = work.resolve("stdout.txt");
        Path stderr = work.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("the CLI did not finish: " + command);
        }
        return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    @Test
    void backupWritesASnapshotAndPrintsItsFile() throws Exception {
        assertEquals(200, admin.createClient("in-the-backup").status());
        panel.stop();

        Run run = cli(Cli.Command.BACKUP, "");
        assertEquals(0, run.exitCode(), run.toString());
        Matcher printed = Pattern.compile("(/\\S+candypanel-\\d{8}-\\d{6}-\\d{3}\\.db)").matcher(run.out());
        assertTrue(printed.find(), "prints the file: " + run);
        Path file = Path.of(printed.group(1));
        assertEquals(panel.backupsDir().toAbsolutePath(), file.getParent(), run.out());
        assertTrue(Files.isRegularFile(file), file.toString());
        assertTrue(Files.size(file) > 0);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        panel.start();
        admin = panel.newSession(Panel.PASSWORD);
        JsonNode listed = admin.ok("backup", "list", "{}").path("backups");
        boolean found = false;
        for (JsonNode backup : listed) {
            found |= backup.path("name").asText().equals(file.getFileName().toString());
        }
        assertTrue(found, "the panel lists the CLI's backup: " + listed);
    }

    @Test
    void listClientsPrintsEveryClient() throws Exception {
        List<String> names = List.of("alice", "bob.laptop", "carol_phone", "dave-2");
        for (String name : names) {
            assertEquals(200, admin.createClient(name).status());
        }
        admin.ok("client", "update", "{\"name\":\"bob.laptop\",\"status\":false}");
        panel.stop();

        Run run = cli(Cli.Command.LIST_CLIENTS, "");
        assertEquals(0, run.exitCode(), run.toString());
        for (String name : names) {
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s").matcher(run.out()).find(), name + " in:\n" + run.out());
        }
        assertTrue(run.out().contains("10.0.0.2") && run.out().contains("10.0.0.5"), run.out());
        assertTrue(run.out().contains(names.size() + " client(s)"), run.out());

        Run viaJar = jar("", "list-clients");
        assertEquals(0, viaJar.exitCode(), viaJar.toString());
        for (String name : names) {
            assertTrue(viaJar.out().contains(name), name + " in:\n" + viaJar);
        }
    }

    @Test
    void resetAdminPasswordTakesTheNewPasswordFromStandardInput() throws Exception {
        String newPassword = "reset-from-the-shell-77";
        String oldSession = admin.token();
        panel.stop();

        Run empty = cli(Cli.Command.RESET_ADMIN_PASSWORD, "");
        assertNotEquals(0, empty.exitCode(), "no password on stdin is refused: " + empty);
        assertTrue(empty.err().toLowerCase().contains("standard input"), empty.toString());

        Run run = cli(Cli.Command.RESET_ADMIN_PASSWORD, newPassword + "\n");
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(run.out().contains(newPassword), "the password is not echoed: " + run.out());

        panel.start();
        assertEquals(401, panel.anonymous().tryLogin(Panel.PASSWORD).status(), "the old password no longer works");
        assertEquals(200, panel.anonymous().tryLogin(newPassword).status(), "the new one logs in");
        assertEquals(401, new ApiClient(panel.port(), oldSession).get("/api/data").status(), "sessions ended");
    }

    @Test
    void resetAdminPasswordThroughTheJar() throws Exception {
        String newPassword = "reset-through-the-jar-88";
        panel.stop();

        Run run = jar(newPassword + "\n", "reset-admin-password");
        assertEquals(0, run.exitCode(), run.toString());

        panel.start();
        assertEquals(200, panel.anonymous().tryLogin(newPassword).status(), "the new password logs in after a restart");
        assertEquals(401, panel.anonymous().tryLogin(Panel.PASSWORD).status());
    }

    @Test
    void restoreReplacesTheDatabaseWithARealSnapshot() throws Exception {
        assertEquals(200, admin.createClient("from-the-snapshot").status());
        JsonNode before = Panel.client(admin, "from-the-snapshot");
        String snapshot = admin.ok("backup", "create", "{}").path("name").asText();
        Path outside = work.resolve("copied-elsewhere.db");
        Files.copy(panel.backupsDir().resolve(snapshot), outside);
        admin.ok("client", "delete", "{\"name\":\"from-the-snapshot\"}");
        assertEquals(200, admin.createClient("after-the-snapshot").status());
        panel.stop();

        Run run = jar("", "restore", outside.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Restored"), run.toString());

        panel.start();
        ApiClient again = panel.newSession(Panel.PASSWORD);
        assertEquals(before, Panel.client(again, "from-the-snapshot"), "the snapshot's client is back");
        assertFalse(Panel.hasClient(again, "after-the-snapshot"));
        assertEquals(200, again.get("/api/data").status());
    }

    @Test
    void restoreRefusesABadFileWithAnUnderstandableMessage() throws Exception {
        assertEquals(200, admin.createClient("must-survive").status());
        Path text = work.resolve("notes.db");
        Files.writeString(text, "not a database at all\n".repeat(200));
        Path empty = work.resolve("empty.db");
        Files.createFile(empty);
        panel.stop();

        Run bad = jar("", "restore", text.toString());
        assertNotEquals(0, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("not an SQLite database") || bad.err().contains("not a CandyPanel database"), bad.toString());
        assertFalse(bad.err().contains("\tat "), "no stack trace for an operator's mistake: " + bad);

        Run missing = jar("", "restore", work.resolve("no-such-file.db").toString());
        assertNotEquals(0, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("No such file"), missing.toString());

        Run none = jar("", "restore");
        assertNotEquals(0, none.exitCode(), none.toString());
        assertTrue(none.err().contains("FILE"), none.toString());

        Run inProcess = cli(Cli.Command.RESTORE, "", empty.toString());
        assertNotEquals(0, inProcess.exitCode(), inProcess.toString());
        assertFalse(inProcess.err().isBlank(), inProcess.toString());

        panel.start();
        assertTrue(Panel.hasClient(panel.newSession(Panel.PASSWORD), "must-survive"));
    }

    @Test
    void theUsageListsTheCommands() throws Exception {
        Run help = jar("", "--help");
        assertEquals(0, help.exitCode(), help.toString());
        for (String command : List.of("reset-admin-password", "backup", "restore FILE", "list-clients", "--metrics-public")) {
            assertTrue(help.out().contains(command), command + " in:\n" + help.out());
        }
        Run unknown = jar("", "frobnicate");
        assertNotEquals(0, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown command"), unknown.toString());
        assertThrows(Cli.CliException.class, () -> new Cli(panel.config(), panel.clock,
                new BufferedReader(new StringReader("")), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(Cli.Command.BACKUP, List.of("extra")));
    }
}
