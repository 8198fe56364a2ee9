package io.candypanel.adapter.wireguard;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Settings of the WireGuard adapter, built and validated once by bootstrap.
 *
 * @param configDirectory where {@code wgN.conf} files live (normally {@code /etc/wireguard});
 *                        stored absolute so the files never depend on the working directory
 * @param requestedMode   how the operator asked WireGuard to be driven; bootstrap resolves it
 *                        with {@link KernelModeResolver}
 */
public record WireGuardConfig(Path configDirectory, Mode requestedMode) {
    public static final Path DEFAULT_CONFIG_DIRECTORY = Path.of("/etc/wireguard");
    public static final Mode DEFAULT_MODE = Mode.AUTO;

    public enum Mode {
        /** Drive the kernel when the tools and privileges are there, otherwise config-only. */
        AUTO("auto"),
        /** Drive the kernel; refuse to start without the tools or root. */
        KERNEL("kernel"),
        /** Only render and write config files. */
        CONFIG_ONLY("config-only");

        private final String configValue;

        Mode(String configValue) {
            this.configValue = configValue;
        }

        /** The spelling used in configuration files, environment variables and flags. */
        public String configValue() {
            return configValue;
        }
    }

    public WireGuardConfig {
        Objects.requireNonNull(configDirectory, "configDirectory");
        Objects.requireNonNull(requestedMode, "requestedMode");
        configDirectory = configDirectory.toAbsolutePath().normalize();
    }

    public static WireGuardConfig defaults() {
        return new WireGuardConfig(DEFAULT_CONFIG_DIRECTORY, DEFAULT_MODE);
    }

    /** Parses {@code auto}, {@code kernel} or {@code config-only}, ignoring case. */
    public static Mode parseMode(String text) {
        if (text != null) {
            for (Mode mode : Mode.values()) {
                if (mode.configValue.equals(text.toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        String allowed = Arrays.stream(Mode.values()).map(Mode::configValue).collect(Collectors.joining(", "));
        String shown = text == null ? "nothing" : "'" + text.replaceAll("\\p{Cntrl}", "?") + "'";
        throw new IllegalArgumentException("Unknown WireGuard mode " + shown + "; expected one of: " + allowed + ".");
    }
}
