package io.candypanel.domain.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.Mtu;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Test
    void everyKeyHasItsDefaultUntilStored() {
        Settings defaults = Settings.defaults();
        for (SettingKey key : SettingKey.values()) {
            assertEquals(key.defaultValue(), defaults.get(key), key.wireName());
        }
        assertFalse(defaults.isInstalled());
        assertEquals("8.8.8.8", defaults.dns());
        assertEquals("192.168.1.100", defaults.endpointHost());
        assertEquals(Mtu.DEFAULT, defaults.mtu());
        assertEquals(24, defaults.sessionTtlHours());
        assertEquals(0, defaults.bandwidthBytes());
        assertEquals(0, defaults.uptimeSeconds());
        assertEquals("1", defaults.status());
        assertEquals(List.of("Welcome to CandyPanel"), defaults.alerts());
        assertEquals(SettingKey.values().length, defaults.asMap().size());
    }

    @Test
    void storedValuesOverrideDefaults() {
        Settings settings = new Settings(Map.of(SettingKey.INSTALLED, "1", SettingKey.MTU, "1380",
                SettingKey.SESSION_TTL_HOURS, "2", SettingKey.BANDWIDTH, "123456", SettingKey.UPTIME, "99"));
        assertTrue(settings.isInstalled());
        assertEquals(new Mtu(1380), settings.mtu());
        assertEquals(2, settings.sessionTtlHours());
        assertEquals(123456, settings.bandwidthBytes());
        assertEquals(99, settings.uptimeSeconds());
        assertEquals("8.8.8.8", settings.dns());
    }

    @Test
    void withReturnsAValidatedAndNormalisedCopy() {
        Settings original = Settings.defaults();
        Settings changed = original.with(SettingKey.DNS, " 1.1.1.1 ,1.0.0.1 ");
        assertEquals("1.1.1.1, 1.0.0.1", changed.dns());
        assertEquals("8.8.8.8", original.dns(), "the original is unchanged");
        assertEquals(original.mtu(), changed.mtu());
    }

    @Test
    void withRefusesAnInvalidValue() {
        Settings original = Settings.defaults();
        assertThrows(InvalidValueException.class, () -> original.with(SettingKey.MTU, "9001"));
        assertThrows(InvalidValueException.class, () -> original.with(SettingKey.CUSTOM_ENDPOINT, "not a host"));
        assertEquals(Mtu.DEFAULT, original.mtu());
    }

    @Test
    void theMapsCannotBeChangedFromOutside() {
        Settings settings = Settings.defaults();
        assertThrows(UnsupportedOperationException.class, () -> settings.asMap().put(SettingKey.MTU, "1"));
    }

    @Test
    void alertsParseTheJsonListAndAMalformedStoredValueShowsNone() {
        Settings settings = Settings.defaults().with(SettingKey.ALERT, "[\"Maintenance at 22:00\", \"New \\\"plans\\\"\"]");
        assertEquals(List.of("Maintenance at 22:00", "New \"plans\""), settings.alerts());
        assertEquals(List.of(), Settings.defaults().with(SettingKey.ALERT, "[]").alerts());
        assertEquals(List.of(), new Settings(Map.of(SettingKey.ALERT, "Welcome (not JSON)")).alerts());
    }

    @Test
    void adminViewMasksTheBotTokenToItsLastFourCharacters() {
        Settings settings = Settings.defaults().with(SettingKey.TELEGRAM_BOT_TOKEN, TOKEN);
        Map<String, String> view = settings.adminView();
        assertEquals("****Dsaw", view.get("telegram_bot_token"));
        assertFalse(view.values().stream().anyMatch(v -> v.contains(TOKEN)), "the full token is never shown");
        assertFalse(view.values().stream().anyMatch(v -> v.contains("123456789:")), "not even its bot id part");
        assertEquals(TOKEN, settings.get(SettingKey.TELEGRAM_BOT_TOKEN), "the stored value itself is intact");
    }

    @Test
    void adminViewMasksShortStoredSecretsCompletelyAndLeavesAnEmptyOneEmpty() {
        assertEquals("", Settings.defaults().adminView().get("telegram_bot_token"));
        assertEquals("****", new Settings(Map.of(SettingKey.TELEGRAM_BOT_TOKEN, "abcd")).adminView().get("telegram_bot_token"));
        assertEquals("****", new Settings(Map.of(SettingKey.TELEGRAM_BOT_TOKEN, "ab")).adminView().get("telegram_bot_token"));
    }

    @Test
    void adminViewShowsEveryKeyByWireNameAndOtherValuesInFull() {
        Settings settings = Settings.defaults().with(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com")
                .with(SettingKey.ADMIN_CARD_NUMBER, "6037-9975-1234-5678");
        Map<String, String> view = settings.adminView();
        assertEquals(SettingKey.values().length, view.size());
        assertEquals("vpn.example.com", view.get("custom_endpont"));
        assertEquals("6037-9975-1234-5678", view.get("admin_card_number"));
        assertEquals("0", view.get("install"));
        assertEquals("1420", view.get("mtu"));
    }
}
