package io.candypanel.application.port.in.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateSettingCommandTest {

    /** One value each admin-writable key must refuse. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("server_ip", "not a host!"),
                Arguments.of("custom_endpont", "10.0.0.256"),
                Arguments.of("dns", "8.8.8.8, nope"),
                Arguments.of("ipv6_dns", "8.8.8.8"),
                Arguments.of("mtu", "9001"),
                Arguments.of("reset_time", "8761"),
                Arguments.of("auto_backup", "2"),
                Arguments.of("telegram_bot_status", "yes"),
                Arguments.of("telegram_bot_admin_id", "-5"),
                Arguments.of("telegram_bot_token", "123456:short"),
                Arguments.of("admin_card_number", "6037 9912\n3456"),
                Arguments.of("prices", "{\"1GB\": -1, \"1Month\": 75000}"),
                Arguments.of("alert", "Welcome"),
                Arguments.of("session_ttl_hours", "0"),
                Arguments.of("sync_interval_seconds", "4"),
                Arguments.of("traffic_reset_day", "29"),
                Arguments.of("bot_default_interface", "wg0"),
                Arguments.of("reminder_quota_percent", "100"),
                Arguments.of("reminder_days_before_expiry", "3.5"));
    }

    @Test
    void theInvalidValuesCoverEveryWritableKey() {
        Set<String> covered = invalidValues().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> writable = Arrays.stream(SettingKey.values()).filter(SettingKey::isAdminWritable)
                .map(SettingKey::wireName).collect(Collectors.toSet());
        assertEquals(writable, covered);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void anInvalidValueIsAValidationErrorThatNamesTheKey(String key, String value) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> UpdateSettingCommand.of(key, value));
        assertEquals("VALIDATION_FAILED", e.code());
        // The API contract: a 400 "names the field and the rule". The field here is the setting's key.
        assertTrue(e.getMessage().contains(key), "the message should name '" + key + "': " + e.getMessage());
    }

    @Test
    void aMissingValueIsAValidationErrorThatNamesTheKey() {
        for (SettingKey key : SettingKey.values()) {
            if (!key.isAdminWritable()) {
                continue;
            }
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> UpdateSettingCommand.of(key.wireName(), null));
            assertEquals("VALIDATION_FAILED", e.code());
            assertTrue(e.getMessage().contains(key.wireName()), e.getMessage());
        }
    }

    @Test
    void theBotTokenIsNeverEchoedInTheError() {
        String secretish = "123456:" + "s3cr3t".repeat(2);   // too short a secret, but still a secret
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> UpdateSettingCommand.of("telegram_bot_token", secretish));
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mtu                   | ' 1380 '                | 1380",
            "mtu                   | 0001400                 | 1400",
            "dns                   | ' 1.1.1.1 ,8.8.8.8 '    | 1.1.1.1, 8.8.8.8",
            "dns                   | 9.9.9.9                 | 9.9.9.9",
            "ipv6_dns              | '   '                   | ''",
            "ipv6_dns              | '2001:db8::1 ,::1'      | '2001:db8::1, ::1'",
            "server_ip             | ' vpn.example.com '     | vpn.example.com",
            "custom_endpont        | 2001:db8::7             | 2001:db8::7",
            "auto_backup           | ' 0'                    | 0",
            "session_ttl_hours     | 012                     | 12",
            "traffic_reset_day     | 28                      | 28",
            "telegram_bot_token    | ''                      | ''"})
    void aValidValueIsNormalisedByTheKeysRule(String key, String value, String normalised) {
        UpdateSettingCommand command = UpdateSettingCommand.of(key, value);
        assertEquals(SettingKey.fromWireName(key).orElseThrow(), command.key());
        assertEquals(normalised, command.value());
    }

    @Test
    void aValueWithALineBreakAroundItIsTrimmedNotRefused() {
        assertEquals("vpn.example.com", UpdateSettingCommand.of("custom_endpont", "vpn.example.com\r\n").value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"custom_endpoint", "MTU", "mtu ", " mtu", "admin_password", "session_token", "install_",
            "server-ip"})
    void anUnknownKeyIsRefusedWithItsOwnCodeAndNamed(String key) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> UpdateSettingCommand.of(key, "1"));
        assertEquals("UNKNOWN_SETTING", e.code());
        assertTrue(e.getMessage().contains("'" + (key == null ? "" : key) + "'"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsCheckedBeforeItsValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> UpdateSettingCommand.of("no_such_key", null));
        assertEquals("UNKNOWN_SETTING", e.code());
    }

    @Test
    void anUnknownKeyIsShownShortenedAndPrintable() {
        String hostile = "evil\n\r\u0000\u001b[2J\u202ekey" + "x".repeat(1000);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> UpdateSettingCommand.of(hostile, "1"));
        assertEquals("UNKNOWN_SETTING", e.code());
        String message = e.getMessage();
        assertFalse(message.chars().anyMatch(Character::isISOControl), message);
        assertFalse(message.contains("\u202e"), "no bidi override in the message");
        assertTrue(message.contains("evil????"), message);
        assertTrue(message.contains("..."), message);
        assertTrue(message.length() < 120, "the echo is clipped: " + message.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"install", "status", "bandwidth", "uptime", "next_interface_restart", "last_traffic_reset"})
    void aPanelMaintainedKeyIsNotWritableEvenWithAValidValue(String key) {
        String valid = SettingKey.fromWireName(key).orElseThrow().defaultValue();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> UpdateSettingCommand.of(key, valid));
        assertEquals("SETTING_NOT_WRITABLE", e.code());
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());

        InvalidValueException invalidToo = assertThrows(InvalidValueException.class,
                () -> UpdateSettingCommand.of(key, "garbage"));
        assertEquals("SETTING_NOT_WRITABLE", invalidToo.code(), "writability is checked before the value");
    }

    @Test
    void theConstructorAppliesTheSameRules() {
        assertEquals("SETTING_NOT_WRITABLE", assertThrows(InvalidValueException.class,
                () -> new UpdateSettingCommand(SettingKey.INSTALLED, "1")).code());
        assertEquals("VALIDATION_FAILED", assertThrows(InvalidValueException.class,
                () -> new UpdateSettingCommand(SettingKey.MTU, "80")).code());
        assertThrows(NullPointerException.class, () -> new UpdateSettingCommand(null, "1"));
        assertEquals("1500", new UpdateSettingCommand(SettingKey.MTU, " 1500 ").value());
    }
}
