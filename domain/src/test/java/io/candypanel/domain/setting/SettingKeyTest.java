package io.candypanel.domain.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingKeyTest {

    private static void assertAccepted(SettingKey key, String value) {
        assertEquals(value, key.validate(value), key.wireName() + " should accept '" + value + "'");
    }

    private static void assertRefused(SettingKey key, String value) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> key.validate(value),
                key.wireName() + " should refuse '" + value + "'");
        assertEquals("VALIDATION_FAILED", e.code());
        assertFalse(e.getMessage().isBlank());
    }

    @ParameterizedTest
    @EnumSource(SettingKey.class)
    void everyDefaultPassesItsOwnValidator(SettingKey key) {
        assertEquals(key.defaultValue(), key.validate(key.defaultValue()));
    }

    @ParameterizedTest
    @EnumSource(SettingKey.class)
    void nullIsRefusedForEveryKey(SettingKey key) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> key.validate(null));
        assertTrue(e.getMessage().contains(key.wireName()), e.getMessage());
    }

    @Test
    void wireNamesAreTheOriginalOnesTyposIncluded() {
        assertEquals(Optional.of(SettingKey.CUSTOM_ENDPOINT), SettingKey.fromWireName("custom_endpont"));
        assertEquals(Optional.empty(), SettingKey.fromWireName("custom_endpoint"));
        assertEquals(Optional.of(SettingKey.INSTALLED), SettingKey.fromWireName("install"));
        assertEquals(Optional.of(SettingKey.TELEGRAM_BOT_TOKEN), SettingKey.fromWireName("telegram_bot_token"));
        assertEquals(Optional.empty(), SettingKey.fromWireName("MTU"));
        assertEquals(Optional.empty(), SettingKey.fromWireName(""));
        assertEquals(Optional.empty(), SettingKey.fromWireName(null));
    }

    @ParameterizedTest
    @EnumSource(SettingKey.class)
    void fromWireNameFindsEveryKey(SettingKey key) {
        assertEquals(Optional.of(key), SettingKey.fromWireName(key.wireName()));
    }

    @Test
    void wireNamesAreUnique() {
        Set<String> names = new HashSet<>();
        Arrays.stream(SettingKey.values()).forEach(k -> assertTrue(names.add(k.wireName()), k.wireName()));
    }

    @Test
    void onlyPanelMaintainedKeysAreNotAdminWritable() {
        for (SettingKey key : SettingKey.values()) {
            boolean internal = Set.of(SettingKey.INSTALLED, SettingKey.STATUS, SettingKey.BANDWIDTH, SettingKey.UPTIME,
                            SettingKey.NEXT_INTERFACE_RESTART, SettingKey.LAST_TRAFFIC_RESET)
                    .contains(key);
            assertEquals(!internal, key.isAdminWritable(), key.wireName());
        }
        assertEquals(SettingKey.Visibility.MASKED, SettingKey.TELEGRAM_BOT_TOKEN.visibility());
    }

    // --- server_ip and custom_endpont -------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.100", "203.0.113.7", "vpn.example.com", "localhost", "a", "my-host.example",
            "2001:db8::1", "::1", "1e100.net", "xn--mgbh0fb.example"})
    void hostKeysAcceptIpLiteralsAndHostNames(String value) {
        assertAccepted(SettingKey.SERVER_IP, value);
        assertAccepted(SettingKey.CUSTOM_ENDPOINT, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.256", "10.0.0", "1.2.3.4.5", "999", "-host.example", "host-.example", "my_host",
            "host name", "host\nname", "vpn.example.com:51820", "http://vpn.example.com", "[::1]", "a..b", ".example",
            "host;rm -rf /", "\u0645\u062b\u0627\u0644.example", "2001:db8:::1", "12345:1::1"})
    void hostKeysRefuseGarbage(String value) {
        assertRefused(SettingKey.SERVER_IP, value);
        assertRefused(SettingKey.CUSTOM_ENDPOINT, value);
    }

    @Test
    void hostNamesLongerThan253CharactersOrWithLabelsOver63AreRefused() {
        String label63 = "a".repeat(63);
        assertAccepted(SettingKey.SERVER_IP, label63 + ".example");
        assertRefused(SettingKey.SERVER_IP, "a".repeat(64) + ".example");
        String longName = (label63 + ".").repeat(4) + "com";     // 4 * 64 + 3 = 259 characters
        assertRefused(SettingKey.SERVER_IP, longName);
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertEquals("vpn.example.com", SettingKey.CUSTOM_ENDPOINT.validate("  vpn.example.com \n"));
        assertEquals("1420", SettingKey.MTU.validate(" 1420 "));
    }

    // --- dns and ipv6_dns -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8.8.8.8|8.8.8.8",
            "1.1.1.1,1.0.0.1|1.1.1.1, 1.0.0.1",
            "1.1.1.1 ,  1.0.0.1|1.1.1.1, 1.0.0.1",
            "8.8.8.8, 2001:4860:4860::8888|8.8.8.8, 2001:4860:4860::8888"})
    void dnsAcceptsCommaSeparatedIpsAndNormalisesTheSeparator(String value, String normalised) {
        assertEquals(normalised, SettingKey.DNS.validate(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dns.google", "8.8.8.8;1.1.1.1", "8.8.8.8 1.1.1.1", ",8.8.8.8", "8.8.8.8,,1.1.1.1",
            "8.8.8.256", "8.8.8.8\nPostUp = rm -rf /"})
    void dnsRefusesAnythingButIpAddresses(String value) {
        assertRefused(SettingKey.DNS, value);
    }

    @Test
    void ipv6DnsIsEmptyOrAListOfIpv6Addresses() {
        assertAccepted(SettingKey.IPV6_DNS, "");
        assertAccepted(SettingKey.IPV6_DNS, "2001:4860:4860::8888");
        assertEquals("2001:4860:4860::8888, 2001:4860:4860::8844",
                SettingKey.IPV6_DNS.validate("2001:4860:4860::8888,2001:4860:4860::8844"));
        assertAccepted(SettingKey.IPV6_DNS, "::ffff:192.0.2.1");
        assertAccepted(SettingKey.IPV6_DNS, "1:2:3:4:5:6:7:8");
        assertRefused(SettingKey.IPV6_DNS, "8.8.8.8");
        assertRefused(SettingKey.IPV6_DNS, "1:2:3:4:5:6:7");
        assertRefused(SettingKey.IPV6_DNS, "1:2:3:4:5:6:7:8:9");
        assertRefused(SettingKey.IPV6_DNS, "1::2::3");
        assertRefused(SettingKey.IPV6_DNS, "12345::1");
        assertRefused(SettingKey.IPV6_DNS, "g::1");
        assertRefused(SettingKey.IPV6_DNS, "1.2.3.4::1");
    }

    /**
     * A single leading or trailing colon is not IPv6 (RFC 4291 section 2.2). These are accepted
     * today when a "::" appears elsewhere in the value: a bug in Validators.isIpv6.
     */
    @ParameterizedTest
    @ValueSource(strings = {":1::2", "1::2:", "1:2::3:", ":2001:db8::1"})
    void aStrayLeadingOrTrailingColonIsNotAnIpv6Address(String value) {
        assertRefused(SettingKey.IPV6_DNS, value);
        assertRefused(SettingKey.DNS, value);
        assertRefused(SettingKey.CUSTOM_ENDPOINT, value);
    }

    // --- numbers ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"MTU, 1279, false", "MTU, 1280, true", "MTU, 1420, true", "MTU, 9000, true", "MTU, 9001, false",
            "MTU, -1420, false", "MTU, 1420.0, false", "MTU, +1420, false", "MTU, 0x58c, false", "MTU, '', false",
            "RESET_TIME, 0, true", "RESET_TIME, 8760, true", "RESET_TIME, 8761, false",
            "SESSION_TTL_HOURS, 0, false", "SESSION_TTL_HOURS, 1, true", "SESSION_TTL_HOURS, 8760, true",
            "SESSION_TTL_HOURS, 8761, false",
            "SYNC_INTERVAL_SECONDS, 4, false", "SYNC_INTERVAL_SECONDS, 5, true", "SYNC_INTERVAL_SECONDS, 3600, true",
            "SYNC_INTERVAL_SECONDS, 3601, false",
            "TRAFFIC_RESET_DAY, 0, true", "TRAFFIC_RESET_DAY, 28, true", "TRAFFIC_RESET_DAY, 29, false",
            "BOT_DEFAULT_INTERFACE, 0, true", "BOT_DEFAULT_INTERFACE, 9999, true", "BOT_DEFAULT_INTERFACE, 10000, false",
            "BOT_DEFAULT_INTERFACE, -1, false", "BOT_DEFAULT_INTERFACE, wg0, false",
            "REMINDER_QUOTA_PERCENT, 0, true", "REMINDER_QUOTA_PERCENT, 99, true", "REMINDER_QUOTA_PERCENT, 100, false",
            "REMINDER_DAYS_BEFORE_EXPIRY, 0, true", "REMINDER_DAYS_BEFORE_EXPIRY, 365, true",
            "REMINDER_DAYS_BEFORE_EXPIRY, 366, false", "REMINDER_DAYS_BEFORE_EXPIRY, -1, false",
            "BANDWIDTH, 0, true", "BANDWIDTH, 9223372036854775807, true", "BANDWIDTH, 9223372036854775808, false",
            "BANDWIDTH, 99999999999999999999, false", "UPTIME, 12, true", "UPTIME, -12, false",
            "NEXT_INTERFACE_RESTART, 0, true", "NEXT_INTERFACE_RESTART, 1740830400, true",
            "NEXT_INTERFACE_RESTART, -1, false", "NEXT_INTERFACE_RESTART, soon, false"})
    void wholeNumbersWithinTheirBounds(SettingKey key, String value, boolean accepted) {
        if (accepted) {
            assertAccepted(key, value);
        } else {
            assertRefused(key, value);
        }
    }

    @Test
    void leadingZerosAreNormalisedAway() {
        assertEquals("1420", SettingKey.MTU.validate("01420"));
    }

    // --- flags ------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = SettingKey.class, names = {"AUTO_BACKUP", "TELEGRAM_BOT_STATUS", "INSTALLED", "STATUS"})
    void flagsAreZeroOrOne(SettingKey key) {
        assertAccepted(key, "0");
        assertAccepted(key, "1");
        for (String bad : new String[] {"2", "true", "false", "yes", "01", "-1", ""}) {
            assertRefused(key, bad);
        }
    }

    // --- telegram ---------------------------------------------------------------------------

    @Test
    void telegramAdminIdIsDigits() {
        assertAccepted(SettingKey.TELEGRAM_BOT_ADMIN_ID, "0");
        assertAccepted(SettingKey.TELEGRAM_BOT_ADMIN_ID, "123456789");
        assertRefused(SettingKey.TELEGRAM_BOT_ADMIN_ID, "-100123");
        assertRefused(SettingKey.TELEGRAM_BOT_ADMIN_ID, "@admin");
        assertRefused(SettingKey.TELEGRAM_BOT_ADMIN_ID, "");
        assertRefused(SettingKey.TELEGRAM_BOT_ADMIN_ID, "12345678901234567890");
        assertRefused(SettingKey.TELEGRAM_BOT_ADMIN_ID, "9999999999999999999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "1:abcdefghij_KLMNOPQRS-"})
    void telegramTokenIsEmptyOrDigitsColonSecret(String value) {
        assertAccepted(SettingKey.TELEGRAM_BOT_TOKEN, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "123456789:", "123456789:short",
            ":AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "abc:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PAL/saw", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PAL saw",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw:extra"})
    void telegramTokenRefusesOtherShapes(String value) {
        assertRefused(SettingKey.TELEGRAM_BOT_TOKEN, value);
    }

    // --- free text --------------------------------------------------------------------------

    @Test
    void cardNumberIsShortTextWithoutControlCharacters() {
        assertAccepted(SettingKey.ADMIN_CARD_NUMBER, "");
        assertAccepted(SettingKey.ADMIN_CARD_NUMBER, "6037-9975-1234-5678 (\u0628\u0627\u0646\u06a9)");
        assertAccepted(SettingKey.ADMIN_CARD_NUMBER, "x".repeat(128));
        assertRefused(SettingKey.ADMIN_CARD_NUMBER, "x".repeat(129));
        assertRefused(SettingKey.ADMIN_CARD_NUMBER, "6037\n9975");
        assertRefused(SettingKey.ADMIN_CARD_NUMBER, "6037\u00009975");
    }

    // --- prices -----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"{\"1GB\": 4000, \"1Month\": 75000}", "{\"1Month\":0,\"1GB\":0}",
            "{\"1GB\": 4000.5, \"1Month\": 7.5e4, \"extra\": 1}", " { \"1GB\" : 1 , \"1Month\" : 2 } "})
    void pricesNeedBothKeysWithNonNegativeNumbers(String value) {
        assertEquals(value.strip(), SettingKey.PRICES.validate(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"1GB\": 4000}", "{\"1Month\": 75000}", "{}", "{\"1GB\": -1, \"1Month\": 75000}",
            "{\"1GB\": 4000, \"1Month\": -0.5}", "not json", "", "[4000, 75000]", "{\"1GB\": \"4000\", \"1Month\": 75000}",
            "{\"1GB\": 4000, \"1Month\": 75000", "{\"1GB\": 4000, \"1Month\": 75000} trailing",
            "{\"1GB\": 4000, \"1GB\": 1, \"1Month\": 75000}", "{\"1GB\": 1e999, \"1Month\": 75000}",
            "{\"1GB\": 01, \"1Month\": 75000}", "{\"1GB\": NaN, \"1Month\": 75000}", "{\"1GB\": 4000,, \"1Month\": 1}",
            "{'1GB': 4000, '1Month': 75000}", "{\"1GB\": 4000, \"1Month\": 75000,}"})
    void pricesRefuseAnythingElse(String value) {
        assertRefused(SettingKey.PRICES, value);
    }

    // --- alert ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[\"Welcome\"]", "[\"one\", \"two\"]", "[\"quote \\\" and \\\\ and \\u00e9\"]",
            "[\"line\\nbreak\"]"})
    void alertIsAJsonListOfStrings(String value) {
        assertAccepted(SettingKey.ALERT, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Welcome", "\"Welcome\"", "[Welcome]", "[1]", "[\"a\",]", "[\"a\" \"b\"]", "[\"a\"",
            "{\"a\": 1}", "[[\"nested\"]]", "[\"raw\nnewline\"]", "[\"bad \\x escape\"]", "[\"a\"] []", "[null]"})
    void alertRefusesAnythingElse(String value) {
        assertRefused(SettingKey.ALERT, value);
    }

    // --- last_traffic_reset (internal) ------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-03", "1999-12", "2025-01"})
    void lastTrafficResetIsAMonthOrEmpty(String value) {
        assertAccepted(SettingKey.LAST_TRAFFIC_RESET, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-3", "25-03", "2025-03-01", "2025/03", "March", "2025-0\u0663",
            "+12025-03"})
    void lastTrafficResetRefusesAnythingElse(String value) {
        assertRefused(SettingKey.LAST_TRAFFIC_RESET, value);
    }
}
