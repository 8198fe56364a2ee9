package io.candypanel.bootstrap.config;

import io.candypanel.adapter.http.HttpConfig;
import io.candypanel.adapter.persistence.PersistenceConfig;
import io.candypanel.adapter.wireguard.WireGuardConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads the configuration from, lowest precedence first: defaults, {@code <data dir>/candypanel.properties},
 * environment variables, command-line flags. The data directory itself comes from the flags, the
 * environment or the default, since the file lives inside it.
 */
public final class ConfigLoader {
    public static final String PROPERTIES_FILE = "candypanel.properties";

    /** One configuration option: its key in the properties file, its variable, its flag and its default. */
    public enum Option {
        PORT("port", "CANDYPANEL_PORT", "--port", "3446", "TCP port of the API and the web panel"),
        BIND("bind", "CANDYPANEL_BIND", "--bind", "0.0.0.0", "address to listen on"),
        DATA_DIR("data_dir", "CANDYPANEL_DATA_DIR", "--data-dir", "./data", "database, backups and setup token"),
        WG_DIR("wg_dir", "CANDYPANEL_WG_DIR", "--wg-dir", "/etc/wireguard", "where wgN.conf files are written"),
        WG_MODE("wg_mode", "CANDYPANEL_WG_MODE", "--wg-mode", "auto", "auto, kernel or config-only"),
        METRICS_PUBLIC("metrics_public", "CANDYPANEL_METRICS_PUBLIC", "--metrics-public", "false",
                "true serves /metrics without a token (e.g. to a scraper on a private network)"),
        TELEGRAM_API_URL("telegram_api_url", "CANDYPANEL_TELEGRAM_API_URL", "--telegram-api-url", "https://api.telegram.org",
                "the Telegram Bot API server the bot talks to (a self-hosted one, or an emulator in tests)");

        final String propertyKey;
        final String environmentVariable;
        final String flag;
        final String defaultValue;
        final String description;

        Option(String propertyKey, String environmentVariable, String flag, String defaultValue, String description) {
            this.propertyKey = propertyKey;
            this.environmentVariable = environmentVariable;
            this.flag = flag;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        public String flag() {
            return flag;
        }

        public String environmentVariable() {
            return environmentVariable;
        }

        public String defaultValue() {
            return defaultValue;
        }

        public String description() {
            return description;
        }
    }

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    public AppConfig load(List<String> args) {
        Map<Option, String> flags = parseFlags(args);
        Path dataDirectory = Path.of(firstOf(flags.get(Option.DATA_DIR), environment.get(Option.DATA_DIR.environmentVariable),
                Option.DATA_DIR.defaultValue)).toAbsolutePath().normalize();
        Properties file = readProperties(dataDirectory.resolve(PROPERTIES_FILE));

        Map<Option, String> values = new LinkedHashMap<>();
        for (Option option : Option.values()) {
            values.put(option, firstOf(flags.get(option), environment.get(option.environmentVariable),
                    file.getProperty(option.propertyKey), option.defaultValue));
        }
        int port = parsePort(values.get(Option.PORT));
        WireGuardConfig.Mode mode;
        try {
            mode = WireGuardConfig.parseMode(values.get(Option.WG_MODE));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Invalid WireGuard mode '" + values.get(Option.WG_MODE) + "': use auto, kernel or config-only.");
        }
        try {
            return new AppConfig(dataDirectory,
                    new HttpConfig(values.get(Option.BIND), port, parseBoolean(Option.METRICS_PUBLIC, values.get(Option.METRICS_PUBLIC))),
                    new PersistenceConfig(dataDirectory),
                    new WireGuardConfig(Path.of(values.get(Option.WG_DIR)).toAbsolutePath().normalize(), mode),
                    new ChatConfig(parseHttpUrl(Option.TELEGRAM_API_URL, values.get(Option.TELEGRAM_API_URL))));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Invalid configuration: " + e.getMessage());
        }
    }

    static Map<Option, String> parseFlags(List<String> args) {
        Map<Option, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Option option = null;
            for (Option candidate : Option.values()) {
                if (candidate.flag.equals(name)) {
                    option = candidate;
                }
            }
            if (option == null) {
                throw new ConfigException("Unknown option '" + arg + "'. Run with --help to see the options.");
            }
            if (arg.contains("=")) {
                flags.put(option, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size()) {
                flags.put(option, args.get(++i));
            } else {
                throw new ConfigException("Option " + name + " needs a value.");
            }
        }
        return flags;
    }

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
            }
            for (String key : properties.stringPropertyNames()) {
                if (key.equals(Option.DATA_DIR.propertyKey)) {
                    throw new ConfigException("'" + key + "' cannot be set in " + file
                            + ", which lives inside the data directory; use CANDYPANEL_DATA_DIR or --data-dir.");
                }
                boolean known = false;
                for (Option option : Option.values()) {
                    known |= option.propertyKey.equals(key);
                }
                if (!known) {
                    throw new ConfigException("Unknown key '" + key + "' in " + file + ".");
                }
            }
        }
        return properties;
    }

    private static URI parseHttpUrl(Option option, String value) {
        try {
            URI uri = new URI(value.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ConfigException("Invalid " + option.flag + " '" + value + "': use an http(s) URL such as "
                + option.defaultValue + ".");
    }

    private static boolean parseBoolean(Option option, String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ConfigException("Invalid value '" + value + "' for " + option.flag() + ": use true or false.");
        };
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ConfigException("Invalid port '" + value + "': use a number from 1 to 65535 (0 picks a free port).");
        }
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        throw new IllegalStateException("no default");
    }
}
