package io.candypanel.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code SettingsRepositoryPort}: keys never stored read as their defaults; saved
 * values read back and replace earlier ones; a save inside a transaction that rolls back is not kept.
 */
public abstract class SettingsRepositoryContract extends StorageContract {
    private SettingsRepositoryPort settings;

    @BeforeEach
    public final void repository() {
        settings = ports().settings();
    }

    @Test
    public void nothingStoredReadsAsDefaults() {
        Settings loaded = settings.load();

        assertEquals(Settings.defaults().asMap(), loaded.asMap());
        assertFalse(loaded.isInstalled());
    }

    @Test
    public void savedValuesAreReadBackAndTheOthersStayDefaults() {
        settings.saveAll(Map.of(SettingKey.DNS, "1.1.1.1,9.9.9.9", SettingKey.INSTALLED, "1",
                SettingKey.ALERT, "[\"a \\\"quoted\\\" alert\"]"));

        Settings loaded = settings.load();
        assertEquals("1.1.1.1,9.9.9.9", loaded.get(SettingKey.DNS));
        assertEquals("[\"a \\\"quoted\\\" alert\"]", loaded.get(SettingKey.ALERT));
        assertTrue(loaded.isInstalled());
        assertEquals(Settings.defaults().get(SettingKey.MTU), loaded.get(SettingKey.MTU));
    }

    @Test
    public void savingAgainReplacesTheValue() {
        settings.saveAll(Map.of(SettingKey.BANDWIDTH, "10"));
        settings.saveAll(Map.of(SettingKey.BANDWIDTH, "25", SettingKey.UPTIME, "7"));

        assertEquals(25, settings.load().bandwidthBytes());
        assertEquals(7, settings.load().uptimeSeconds());
    }

    @Test
    public void aSaveInsideARolledBackTransactionIsNotKept() {
        settings.saveAll(Map.of(SettingKey.DNS, "1.1.1.1"));

        assertThrows(IllegalStateException.class, () -> ports().unitOfWork().run(() -> {
            settings.saveAll(Map.of(SettingKey.DNS, "8.8.4.4", SettingKey.INSTALLED, "1"));
            throw new IllegalStateException("rolled back");
        }));

        assertEquals("1.1.1.1", settings.load().get(SettingKey.DNS));
        assertFalse(settings.load().isInstalled());
    }
}
