package io.candypanel.bootstrap;

import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.config.ConfigException;
import io.candypanel.bootstrap.config.ConfigLoader;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** {@code java -jar candypanel.jar [options]}: reads the configuration, starts the panel, stops it on SIGTERM. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(usage());
            return;
        }
        AppConfig config;
        try {
            config = new ConfigLoader(System.getenv()).load(arguments);
        } catch (ConfigException e) {
            System.err.println("candypanel: " + e.getMessage());
            System.exit(2);
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

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: candypanel [options]\n\nOptions (each also as an environment variable):\n");
        for (ConfigLoader.Option option : ConfigLoader.Option.values()) {
            text.append(String.format("  %-12s %-22s %s (default %s)%n", option.flag() + " V", option.environmentVariable(),
                    option.description(), option.defaultValue()));
        }
        text.append("\nSettings can also live in <data dir>/").append(ConfigLoader.PROPERTIES_FILE).append(".");
        return text.toString();
    }
}
