package io.candypanel.bootstrap;

import io.candypanel.adapter.persistence.SqliteBackups;
import io.candypanel.application.port.in.auth.ResetAdminPasswordUseCase;
import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.shared.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The maintenance commands. They open the database directly (no HTTP, no WireGuard changes), so
 * they work when the panel is down; {@code restore} must be run with the panel stopped.
 */
public final class Cli {
    /** The commands besides {@code serve}, with a line of help each. */
    public enum Command {
        SERVE("serve", "run the panel (the default)"),
        RESET_ADMIN_PASSWORD("reset-admin-password", "read a new admin password from standard input; ends every session"),
        BACKUP("backup", "write a consistent snapshot of the database to <data dir>/backups"),
        RESTORE("restore", "FILE: replace the database with a snapshot, after validating it (stop the panel first)"),
        LIST_CLIENTS("list-clients", "print every client with its address, state, usage and expiry");

        private final String word;
        private final String help;

        Command(String word, String help) {
            this.word = word;
            this.help = help;
        }

        public String word() {
            return word;
        }

        public String help() {
            return help;
        }

        public static Command fromWord(String word) {
            for (Command command : values()) {
                if (command.word.equals(word)) {
                    return command;
                }
            }
            return null;
        }
    }

    private final AppConfig config;
    private final Clock clock;
    private final BufferedReader in;
    private final PrintStream out;

    public Cli(AppConfig config, Clock clock, BufferedReader in, PrintStream out) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Runs a maintenance command; returns the process exit code. */
    public int run(Command command, List<String> operands) throws Exception {
        if (command == Command.RESTORE) {
            if (operands.size() != 1) {
                throw new CliException("restore needs exactly one FILE.");
            }
            Path file = Path.of(operands.get(0)).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new CliException("No such file: " + file);
            }
        } else if (!operands.isEmpty()) {
            throw new CliException(command.word() + " takes no operands, got " + operands + ".");
        }
        try (CandyPanelApp app = CandyPanelApp.openForMaintenance(config, clock)) {
            switch (command) {
                case RESET_ADMIN_PASSWORD -> resetPassword(app);
                case BACKUP -> {
                    BackupInfo backup = app.component(BackupUseCase.class).create();
                    out.println("Backup written: " + config.dataDirectory().resolve("backups").resolve(backup.name())
                            + " (" + backup.sizeBytes() + " bytes)");
                }
                case RESTORE -> {
                    app.component(SqliteBackups.class).restoreFromFile(Path.of(operands.get(0)).toAbsolutePath());
                    out.println("Restored " + operands.get(0) + ". Start the panel: it reconciles WireGuard with the restored state.");
                }
                case LIST_CLIENTS -> listClients(app);
                default -> throw new IllegalArgumentException(command.word());
            }
            return 0;
        } catch (DomainException e) {
            throw new CliException(e.getMessage());
        }
    }

    private void resetPassword(CandyPanelApp app) throws IOException {
        String password = in.readLine();
        if (password == null || password.isEmpty()) {
            throw new CliException("Give the new password on standard input, e.g. `read -rs P; echo \"$P\" | candypanel reset-admin-password`.");
        }
        app.component(ResetAdminPasswordUseCase.class).reset(password);
        out.println("The admin password was changed and every session was ended.");
    }

    private void listClients(CandyPanelApp app) {
        List<Client> clients = app.component(PanelOverviewUseCase.class).overview().clients();
        out.printf("%-24s %-6s %-16s %-9s %21s  %s%n", "NAME", "IFACE", "ADDRESS", "STATE", "USED / QUOTA", "EXPIRES");
        for (Client client : clients) {
            String state = client.isEnabled() ? "enabled" : client.disabledReason().map(r -> r.wireName()).orElse("disabled");
            String quota = client.quota().isUnlimited() ? "unlimited" : human(client.quota().bytes());
            out.printf("%-24s %-6s %-16s %-9s %21s  %s%n", client.name(), client.interfaceId(), client.address(), state,
                    human(client.usage().total()) + " / " + quota, client.expiresAt());
        }
        out.println(clients.size() + " client(s)");
    }

    static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** A problem the operator can fix; printed without a stack trace. */
    public static final class CliException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CliException(String message) {
            super(message);
        }
    }
}
