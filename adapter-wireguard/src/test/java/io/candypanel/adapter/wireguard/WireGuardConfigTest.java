package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.wireguard.WireGuardConfig.Mode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WireGuardConfigTest {

    @Test
    void defaultsToEtcWireguardAndAuto() {
        WireGuardConfig defaults = WireGuardConfig.defaults();
        assertEquals(Path.of("/etc/wireguard"), defaults.configDirectory());
        assertEquals(Mode.AUTO, defaults.requestedMode());
    }

    @ParameterizedTest
    @CsvSource({
        "auto, AUTO", "AUTO, AUTO", "Auto, AUTO",
        "kernel, KERNEL", "KERNEL, KERNEL",
        "config-only, CONFIG_ONLY", "CONFIG-ONLY, CONFIG_ONLY", "Config-Only, CONFIG_ONLY"
    })
    void parsesTheConfigSpellingIgnoringCase(String text, Mode expected) {
        assertEquals(expected, WireGuardConfig.parseMode(text));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyModeRoundTripsThroughItsConfigValue(Mode mode) {
        assertEquals(mode, WireGuardConfig.parseMode(mode.configValue()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"config_only", "CONFIG_ONLY", "configonly", "kernel ", " auto", "userspace", "auto\nkernel"})
    void refusesAnythingElseWithAMessageListingTheChoices(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WireGuardConfig.parseMode(text));
        assertTrue(e.getMessage().contains("auto, kernel, config-only"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "control characters are not echoed");
    }

    @Test
    void keepsTheDirectoryAbsoluteSoFilesNeverDependOnTheWorkingDirectory() {
        WireGuardConfig config = new WireGuardConfig(Path.of("conf/../wg"), Mode.CONFIG_ONLY);
        assertTrue(config.configDirectory().isAbsolute());
        assertEquals(Path.of("").toAbsolutePath().resolve("wg"), config.configDirectory());
        assertEquals(Path.of("/srv/wg"), new WireGuardConfig(Path.of("/srv/./wg/"), Mode.KERNEL).configDirectory());
    }

    @Test
    void requiresBothFields() {
        assertThrows(NullPointerException.class, () -> new WireGuardConfig(null, Mode.AUTO));
        assertThrows(NullPointerException.class, () -> new WireGuardConfig(Path.of("/etc/wireguard"), null));
    }
}
