package io.candypanel.adapter.http.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** +03:30 all year (no daylight saving since 2022), so local times visibly differ from UTC. */
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private static JsonFields fields(String json) {
        try {
            return new JsonFields((ObjectNode) JSON.readTree(json));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The value of {@code "v"} in a one-field object. */
    private static JsonFields v(String jsonValue) {
        return fields("{\"v\": " + jsonValue + "}");
    }

    private static void assertRejected(Runnable parse, String... fragments) {
        RequestRejectedException e = assertThrows(RequestRejectedException.class, parse::run);
        assertEquals(400, e.status());
        assertEquals("VALIDATION_FAILED", e.code());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' should contain '" + fragment + "'");
        }
    }

    @Nested
    class Traffic {
        @Test
        void acceptsAJsonInteger() {
            assertEquals(Optional.of(1_073_741_824L), v("1073741824").byteCount("v"));
        }

        @Test
        void acceptsAStringOfDigitsAsTheOriginalFrontEndSendsIt() {
            assertEquals(Optional.of(5_368_709_120L), v("\"5368709120\"").byteCount("v"));
        }

        @Test
        void acceptsZeroMeaningUnlimited() {
            assertEquals(Optional.of(0L), v("0").byteCount("v"));
            assertEquals(Optional.of(0L), v("\"0\"").byteCount("v"));
        }

        @Test
        void acceptsLongMaxValueInBothForms() {
            assertEquals(Optional.of(Long.MAX_VALUE), v("9223372036854775807").byteCount("v"));
            assertEquals(Optional.of(Long.MAX_VALUE), v("\"9223372036854775807\"").byteCount("v"));
        }

        @Test
        void refusesOneMoreThanLongMaxValueInBothForms() {
            assertRejected(() -> v("9223372036854775808").byteCount("v"), "'v'", "9223372036854775807");
            assertRejected(() -> v("\"9223372036854775808\"").byteCount("v"), "'v'");
            assertRejected(() -> v("\"99999999999999999999999999999\"").byteCount("v"), "'v'");
        }

        @Test
        void refusesNegativeNumbersAndStrings() {
            assertRejected(() -> v("-1").byteCount("v"), "'v'", "negative");
            assertRejected(() -> v("-99999999999999999999999").byteCount("v"), "'v'", "negative");
            assertRejected(() -> v("\"-5\"").byteCount("v"), "'v'", "negative");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"abc\"", "1.5", "1.0", "1e3", "\"1.5\"", "\"1e3\"", "\"\"", "\" 12\"", "\"12 \"",
                "\"+12\"", "\"0x10\"", "true", "false", "[1]", "{\"a\": 1}", "\"١٢٣\""})
        void refusesAnythingButDigits(String json) {
            assertRejected(() -> v(json).byteCount("v"), "Field 'v'", "whole number");
        }

        @Test
        void treatsAbsentAndNullAsNotGiven() {
            assertEquals(Optional.empty(), fields("{}").byteCount("v"));
            assertEquals(Optional.empty(), v("null").byteCount("v"));
        }
    }

    @Nested
    class Expires {
        @Test
        void readsUtcDateTimes() {
            assertEquals(Optional.of(Instant.parse("2026-12-01T00:00:00Z")),
                    v("\"2026-12-01T00:00:00Z\"").instant("v", TEHRAN));
        }

        @Test
        void readsDateTimesWithAnOffset() {
            assertEquals(Optional.of(Instant.parse("2026-11-30T20:30:00Z")),
                    v("\"2026-12-01T00:00:00+03:30\"").instant("v", TEHRAN));
            assertEquals(Optional.of(Instant.parse("2026-12-01T10:15:30.5Z")),
                    v("\"2026-12-01T12:15:30.5+02:00\"").instant("v", ZoneId.of("UTC")));
        }

        @Test
        void readsLocalDateTimesInThePanelsZone() {
            assertEquals(Optional.of(Instant.parse("2026-11-30T20:30:00Z")),
                    v("\"2026-12-01T00:00:00\"").instant("v", TEHRAN));
            assertEquals(Optional.of(Instant.parse("2026-12-01T00:00:00Z")),
                    v("\"2026-12-01T00:00:00\"").instant("v", ZoneId.of("UTC")));
        }

        @Test
        void readsADateAsTheStartOfThatDayInThePanelsZone() {
            assertEquals(Optional.of(Instant.parse("2026-11-30T20:30:00Z")), v("\"2026-12-01\"").instant("v", TEHRAN));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"tomorrow\"", "\"2026-13-01\"", "\"2026-02-30\"", "\"2026-12-01T25:00:00Z\"",
                "\"01/12/2026\"", "\"2026-12-01 00:00:00\"", "\"\"", "1764547200", "true", "[\"2026-12-01\"]",
                "\"2026-12-01T00:00:00Z\\n\"", "\"2026-12-01T00:00:00ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ\""})
        void refusesAnythingElseNamingTheFieldAndTheFormat(String json) {
            assertRejected(() -> v(json).instant("v", TEHRAN), "Field 'v'", "ISO-8601", "2026-12-01");
        }

        @Test
        void treatsAbsentAndNullAsNotGiven() {
            assertEquals(Optional.empty(), fields("{}").instant("v", TEHRAN));
            assertEquals(Optional.empty(), v("null").instant("v", TEHRAN));
        }
    }

    @Nested
    class WgId {
        @Test
        void acceptsANumberOrADigitString() {
            assertEquals(Optional.of(3), v("3").nonNegativeInt("v"));
            assertEquals(Optional.of(3), v("\"3\"").nonNegativeInt("v"));
            assertEquals(Optional.of(0), v("0").nonNegativeInt("v"));
            assertEquals(Optional.of(Integer.MAX_VALUE), v("2147483647").nonNegativeInt("v"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"x\"", "\"wg0\"", "1.5", "true", "\"\"", "2147483648", "\"2147483648\"", "{}"})
        void refusesAnythingElse(String json) {
            assertRejected(() -> v(json).nonNegativeInt("v"), "Field 'v'");
        }

        @Test
        void refusesNegatives() {
            assertRejected(() -> v("-1").nonNegativeInt("v"), "Field 'v'", "negative");
        }
    }

    @Nested
    class Status {
        @Test
        void acceptsJsonBooleans() {
            assertEquals(Optional.of(true), v("true").bool("v"));
            assertEquals(Optional.of(false), v("false").bool("v"));
            assertEquals(Optional.empty(), v("null").bool("v"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"yes\"", "\"true\"", "1", "0", "\"\"", "[]"})
        void refusesEverythingThatOnlyLooksBoolean(String json) {
            assertRejected(() -> v(json).bool("v"), "Field 'v'", "true or false");
        }
    }

    @Nested
    class Strings {
        @Test
        void readsStrings() {
            assertEquals(Optional.of("alice"), v("\"alice\"").string("v"));
            assertEquals("alice", v("\"alice\"").requiredString("v"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"42", "true", "[\"alice\"]", "{\"n\": \"alice\"}"})
        void refusesOtherTypes(String json) {
            assertRejected(() -> v(json).string("v"), "Field 'v'", "must be a string");
        }

        @Test
        void aRequiredFieldThatIsAbsentOrNullIsNamed() {
            assertRejected(() -> fields("{}").requiredString("name"), "Missing required field 'name'");
            assertRejected(() -> v("null").requiredString("v"), "Missing required field 'v'");
        }
    }

    @Nested
    class Overlay {
        @Test
        void nestedDataWinsOverFlatFieldsPerField() {
            JsonFields merged = fields("{\"resource\": \"client\", \"action\": \"update\", \"name\": \"flat\", "
                    + "\"note\": \"flat note\", \"data\": {\"name\": \"nested\"}}").overlaidWith("data", Set.of("resource", "action", "data"));

            assertEquals(Optional.of("nested"), merged.string("name"));
            assertEquals(Optional.of("flat note"), merged.string("note"));
            assertFalse(merged.has("resource"));
            assertFalse(merged.has("action"));
            assertFalse(merged.has("data"));
        }

        @Test
        void flatFieldsAloneWork() {
            JsonFields merged = fields("{\"action\": \"x\", \"name\": \"alice\"}").overlaidWith("data", Set.of("action", "data"));

            assertEquals(Optional.of("alice"), merged.string("name"));
        }

        @Test
        void nullDataIsIgnored() {
            JsonFields merged = fields("{\"name\": \"alice\", \"data\": null}").overlaidWith("data", Set.of("data"));

            assertEquals(Optional.of("alice"), merged.string("name"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"name=alice\"", "[1]", "3"})
        void dataThatIsNotAnObjectIsRefused(String json) {
            assertRejected(() -> fields("{\"data\": " + json + "}").overlaidWith("data", Set.of("data")), "'data'", "JSON object");
        }
    }

    @Nested
    class Validated {
        @Test
        void prefixesTheFieldNameAndKeepsTheDomainsCode() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> JsonFields.validated("name", () -> new ClientName("bad name")));

            assertEquals("INVALID_CLIENT_NAME", e.code());
            assertTrue(e.getMessage().startsWith("Invalid field 'name': "), e.getMessage());
        }

        @Test
        void passesValidValuesThrough() {
            assertEquals(new ClientName("alice"), JsonFields.validated("name", () -> new ClientName("alice")));
        }
    }

    @Test
    void printableShortensAndNeutralisesControlCharacters() {
        assertEquals("a?b?c", JsonFields.printable("a\nb\u0000c"));
        assertEquals("x".repeat(64) + "...", JsonFields.printable("x".repeat(200)));
        assertEquals("?evil", JsonFields.printable("\u202Eevil"));
    }

    @Test
    void toStringNamesFieldsButNeverValues() {
        String text = fields("{\"username\": \"admin\", \"password\": \"hunter2\"}").toString();

        assertTrue(text.contains("password"));
        assertFalse(text.contains("hunter2"));
    }
}
