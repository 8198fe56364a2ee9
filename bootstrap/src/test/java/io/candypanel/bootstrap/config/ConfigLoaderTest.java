package io.candypanel.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.wireguard.WireGuardConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsMatchTheDocumentedPublicInterface() {
        AppConfig config = new ConfigLoader(Map.of()).load(List.of("--data-dir", dir.toString()));

        assertEquals(3446, config.http().port());
        assertEquals(false, config.http().metricsPublic(), "/metrics needs a token unless opened on purpose");
        assertEquals("0.0.0.0", config.http().bindAddress());
        assertEquals(dir.toAbsolutePath().normalize(), config.dataDirectory());
        assertEquals(dir.toAbsolutePath().normalize(), config.persistence().dataDirectory());
        assertEquals(Path.of("/etc/wireguard"), config.wireGuard().configDirectory());
        assertEquals(WireGuardConfig.Mode.AUTO, config.wireGuard().requestedMode());
    }

    @Test
    void dataDirectoryDefaultsToDataUnderTheWorkingDirectory() {
        AppConfig config = new ConfigLoader(Map.of()).load(List.of());

        assertEquals(Path.of("data").toAbsolutePath().normalize(), config.dataDirectory());
    }

    @Test
    void fileThenEnvironmentThenFlagsEachOverrideTheOneBefore() throws IOException {
        Files.writeString(dir.resolve("candypanel.properties"), "port=4000\nbind=127.0.0.1\nwg_dir=/srv/wg-file\nwg_mode=kernel\n");
        Map<String, String> env = Map.of("CANDYPANEL_DATA_DIR", dir.toString(), "CANDYPANEL_PORT", "5000",
                "CANDYPANEL_WG_DIR", "/srv/wg-env");

        AppConfig config = new ConfigLoader(env).load(List.of("--port=6000"));

        assertEquals(6000, config.http().port(), "flag beats environment and file");
        assertEquals(Path.of("/srv/wg-env"), config.wireGuard().configDirectory(), "environment beats file");
        assertEquals("127.0.0.1", config.http().bindAddress(), "file beats default");
        assertEquals(WireGuardConfig.Mode.KERNEL, config.wireGuard().requestedMode(), "file beats default");
    }

    @Test
    void everyEnvironmentVariableIsHonoured() {
        Map<String, String> env = Map.of("CANDYPANEL_PORT", "8443", "CANDYPANEL_BIND", "127.0.0.1",
                "CANDYPANEL_DATA_DIR", dir.toString(), "CANDYPANEL_WG_DIR", dir.resolve("wg").toString(),
                "CANDYPANEL_WG_MODE", "config-only", "CANDYPANEL_METRICS_PUBLIC", "true",
                "CANDYPANEL_TELEGRAM_API_URL", "http://127.0.0.1:9100");

        AppConfig config = new ConfigLoader(env).load(List.of());

        assertEquals(8443, config.http().port());
        assertEquals("127.0.0.1", config.http().bindAddress());
        assertEquals(dir.toAbsolutePath().normalize(), config.dataDirectory());
        assertEquals(dir.resolve("wg").toAbsolutePath().normalize(), config.wireGuard().configDirectory());
        assertEquals(WireGuardConfig.Mode.CONFIG_ONLY, config.wireGuard().requestedMode());
        assertTrue(config.http().metricsPublic());
        assertEquals(URI.create("http://127.0.0.1:9100"), config.chat().telegramApiUrl());
    }

    @Test
    void theTelegramApiIsTheOfficialOneUnlessConfigured() {
        AppConfig config = new ConfigLoader(Map.of("CANDYPANEL_DATA_DIR", dir.toString())).load(List.of());

        assertEquals(URI.create("https://api.telegram.org"), config.chat().telegramApiUrl());
    }

    @Test
    void flagsWithSeparateValues() {
        AppConfig config = new ConfigLoader(Map.of()).load(List.of("--data-dir", dir.toString(), "--port", "0",
                "--bind", "::1", "--wg-mode", "CONFIG-ONLY", "--wg-dir", "rel/wg"));

        assertEquals(0, config.http().port());
        assertEquals("::1", config.http().bindAddress());
        assertEquals(WireGuardConfig.Mode.CONFIG_ONLY, config.wireGuard().requestedMode());
        assertTrue(config.wireGuard().configDirectory().isAbsolute());
    }

    @Test
    void badValuesAreRefusedWithAMessageThatSaysWhatToDo() {
        ConfigLoader loader = new ConfigLoader(Map.of("CANDYPANEL_DATA_DIR", dir.toString()));

        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--port", "70000"))).getMessage().contains("1 to 65535"));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--port", "abc"))).getMessage().contains("port"));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--wg-mode", "turbo"))).getMessage().contains("config-only"));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--colour", "red"))).getMessage().contains("--help"));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--port"))).getMessage().contains("needs a value"));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--metrics-public", "maybe"))).getMessage()
                .contains("true or false"));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--telegram-api-url", "ftp://x"))).getMessage()
                .contains("http(s) URL"));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of("--telegram-api-url", "http://h/?token=1")))
                .getMessage().contains("--telegram-api-url"));
    }

    @Test
    void unknownOrMisplacedKeysInThePropertiesFileAreRefused() throws IOException {
        Files.writeString(dir.resolve("candypanel.properties"), "prot=4000\n");
        ConfigLoader loader = new ConfigLoader(Map.of("CANDYPANEL_DATA_DIR", dir.toString()));
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of())).getMessage().contains("prot"));

        Files.writeString(dir.resolve("candypanel.properties"), "data_dir=/elsewhere\n");
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(List.of())).getMessage().contains("data_dir"));
    }
}
