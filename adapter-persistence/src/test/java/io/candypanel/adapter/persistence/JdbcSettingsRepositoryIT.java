package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSettingsRepositoryIT {
    @TempDir
    Path temp;

    private Database database;
    private JdbcSettingsRepository settings;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        settings = new JdbcSettingsRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void nothingStoredReadsAsDefaults() {
        assertEquals(Settings.defaults().asMap(), settings.load().asMap());
    }

    @Test
    void savedValuesAreStoredByWireNameAndReadBack() {
        settings.saveAll(Map.of(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com", SettingKey.MTU, "1380",
                SettingKey.ALERT, "[\"a\", \"b\"]"));

        Settings loaded = settings.load();

        assertEquals("vpn.example.com", loaded.endpointHost());
        assertEquals(1380, loaded.mtu().value());
        assertEquals(List.of("a", "b"), loaded.alerts());
        assertEquals(SettingKey.DNS.defaultValue(), loaded.dns());
        assertEquals("vpn.example.com", Fixtures.queryString(database, "SELECT value FROM settings WHERE key = 'custom_endpont'"));
    }

    @Test
    void savingAgainReplacesTheValue() {
        settings.saveAll(Map.of(SettingKey.INSTALLED, "0"));
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1", SettingKey.BANDWIDTH, "123456789012345"));

        Settings loaded = settings.load();
        assertTrue(loaded.isInstalled());
        assertEquals(123_456_789_012_345L, loaded.bandwidthBytes());
        assertEquals(2, Fixtures.queryLong(database, "SELECT COUNT(*) FROM settings"));
    }

    @Test
    void unknownStoredKeysAreIgnored() {
        Fixtures.execute(database, "INSERT INTO settings (key, value) VALUES ('from_a_newer_panel', 'x'), ('dns', '9.9.9.9')");

        Settings loaded = settings.load();

        assertEquals("9.9.9.9", loaded.dns());
        assertEquals(SettingKey.values().length, loaded.asMap().size());
    }
}
