package io.candypanel.bootstrap;

import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.config.ConfigException;
import io.candypanel.bootstrap.config.ConfigLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code java -jar candypanel.jar [COMMAND [FILE]] [options]}: {@code serve} (the default) starts the
 * panel and stops it on SIGTERM; the other commands are maintenance tasks on the database.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        List<String> arguments = new ArrayList<>(List.of(args));
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(usage());
            return;
        }
        Cli.Command command = Cli.Command.SERVE;
        List<String> operands = new ArrayList<>();
        if (!arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
            command = Cli.Command.fromWord(arguments.get(0));
            if (command == null) {
                System.err.println("candypanel: unknown command '" + arguments.get(0) + "'. Run with --help to see the commands.");
                System.exit(2);
                return;
            }
            arguments.remove(0);
            if (command == Cli.Command.RESTORE && !arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
                operands.add(arguments.remove(0));
            }
        }
        AppConfig config;
        try {
            config = new ConfigLoader(System.getenv()).load(arguments);
        } catch (ConfigException e) {
            System.err.println("candypanel: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (command != Cli.Command.SERVE) {
            System.exit(runCommand(command, operands, config));
            return;
        }
        try {
            CandyPanelApp app = CandyPanelApp.start(config, Clock.systemDefaultZone());
            app.stopOnShutdown();
            LOG.info("CandyPanel is running on port {} (data in {})", app.httpPort(), config.dataDirectory());
        } catch (Exception e) {
            LOG.error("CandyPanel could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    private static int runCommand(Cli.Command command, List<String> operands, AppConfig config) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            return new Cli(config, Clock.systemDefaultZone(), in, System.out).run(command, operands);
        } catch (Cli.CliException e) {
            System.err.println("candypanel " + command.word() + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            LOG.error("candypanel {} failed: {}", command.word(), e.getMessage(), e);
            return 1;
        }
    }

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: candypanel [COMMAND] [options]\n\nCommands:\n");
        for (Cli.Command command : Cli.Command.values()) {
            String word = command == Cli.Command.RESTORE ? "restore FILE" : command.word();
            text.append(String.format("  %-22s %s%n", word, command.help()));
        }
        text.append("\nOptions (each also as an environment variable):\n");
        for (ConfigLoader.Option option : ConfigLoader.Option.values()) {
            text.append(String.format("  %-12s %-26s %s (default %s)%n", option.flag() + " V", option.environmentVariable(),
                    option.description(), option.defaultValue()));
        }
        text.append("\nSettings can also live in <data dir>/").append(ConfigLoader.PROPERTIES_FILE).append(".");
        return text.toString();
    }
}
