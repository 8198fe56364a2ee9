package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

import io.candypanel.application.port.in.setting.UpdateSettingCommand;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class SettingApiIT {
    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private UpdateSettingCommand captured() {
        ArgumentCaptor<UpdateSettingCommand> command = ArgumentCaptor.forClass(UpdateSettingCommand.class);
        then(api.updateSetting).should().update(command.capture());
        return command.getValue();
    }

    private static String update(String key, String valueJson) {
        return "{\"resource\": \"setting\", \"action\": \"update\", \"key\": \"" + key + "\", \"value\": " + valueJson + "}";
    }

    @Test
    void aValidValueIsSavedWithTheOriginalsMessage() {
        api.manage(update("dns", "\"1.1.1.1, 9.9.9.9\"")).assertSuccess("Changed!");

        UpdateSettingCommand command = captured();
        assertEquals(SettingKey.DNS, command.key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mtu|1400|1400",
            "mtu|\"1400\"|1400",
            "auto_backup|1|1",
            "telegram_bot_admin_id|123456789|123456789"})
    void numbersAreTakenAsTheirText(String key, String json, String expected) {
        api.manage(update(key, json)).assertSuccess("Changed!");

        assertEquals(expected, captured().value());
    }

    @Test
    void anObjectValueIsTakenAsItsJsonText() {
        api.manage(update("prices", "{\"1GB\": 5000, \"1Month\": 80000}")).assertSuccess("Changed!");

        UpdateSettingCommand command = captured();
        assertEquals(SettingKey.PRICES, command.key());
        assertEquals("{\"1GB\":5000,\"1Month\":80000}", command.value());
    }

    @Test
    void theFieldsMayBeNestedInData() {
        api.manage("{\"resource\": \"setting\", \"action\": \"update\", \"data\": {\"key\": \"mtu\", \"value\": 1280}}").assertSuccess("Changed!");

        assertEquals("1280", captured().value());
    }

    @Test
    void anUnknownKeyIs400UnknownSetting() {
        String message = api.manage(update("no_such_key", "\"x\"")).assertError(400, "UNKNOWN_SETTING");

        assertTrue(message.contains("no_such_key"), message);
        api.assertNoUseCaseCalled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"install", "status", "bandwidth", "uptime", "last_traffic_reset"})
    void aKeyThePanelMaintainsIs400NotWritable(String key) {
        api.manage(update(key, "\"1\"")).assertError(400, "SETTING_NOT_WRITABLE");
        api.assertNoUseCaseCalled();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"mtu|99999", "mtu|\"abc\"", "mtu|-1", "mtu|1e400", "mtu|[1400]", "auto_backup|true",
            "dns|\"not an ip\"", "prices|{\"1GB\": -1, \"1Month\": 1}", "prices|\"{\"", "telegram_bot_token|\"short\""})
    void anInvalidValueIs400ValidationFailed(String key, String json) {
        api.manage(update(key, json)).assertError(400, "VALIDATION_FAILED");
        api.assertNoUseCaseCalled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"resource\": \"setting\", \"action\": \"update\", \"key\": \"mtu\"}",
            "{\"resource\": \"setting\", \"action\": \"update\", \"value\": 1400}",
            "{\"resource\": \"setting\", \"action\": \"update\", \"key\": \"mtu\", \"value\": null}",
            "{\"resource\": \"setting\", \"action\": \"update\", \"key\": \"\", \"value\": 1400}"})
    void aMissingKeyOrValueIs400WithTheOriginalsMessage(String body) {
        assertEquals("Missing key or value for setting update.", api.manage(body).assertError(400, "VALIDATION_FAILED"));
        api.assertNoUseCaseCalled();
    }

    @Test
    void aKeyThatIsNotAStringIs400() {
        api.manage("{\"resource\": \"setting\", \"action\": \"update\", \"key\": 1, \"value\": 1}").assertError(400, "VALIDATION_FAILED");
        api.assertNoUseCaseCalled();
    }

    @Test
    void aChangeIsAuditedWithTheKeyAndTheNewValue() {
        api.manage(update("mtu", "1400")).assertSuccess("Changed!");

        AuditEntry entry = api.recordedAudit();
        assertEquals(ApiFixture.NOW, entry.at());
        assertEquals("admin:admin", entry.actor());
        assertEquals("setting.update", entry.action());
        assertEquals("mtu", entry.target());
        assertEquals("set to 1400", entry.detail());
    }

    @Test
    void theBotTokenNeverReachesTheAuditLogOrTheAnswer() {
        String secret = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

        String body = api.manage(update("telegram_bot_token", "\"" + secret + "\"")).body();

        AuditEntry entry = api.recordedAudit();
        assertEquals("telegram_bot_token", entry.target());
        assertFalse(entry.toString().contains(secret), entry::toString);
        assertFalse(entry.toString().contains("AAHdq"), entry::toString);
        assertFalse(body.contains("AAHdq"), body);
    }

    @Test
    void aFailedChangeIsNotAudited() {
        api.manage(update("mtu", "\"abc\"")).assertError(400, "VALIDATION_FAILED");
        willThrow(new IllegalStateException("database locked")).given(api.updateSetting).update(any());
        api.expectServerError();
        api.manage(update("mtu", "1400")).assertError(500, "INTERNAL_ERROR");

        api.assertNothingAudited();
    }

    @Test
    void aFailureToRecordTheAuditEntryDoesNotFailTheChange() {
        given(api.updateSetting.update(any())).willReturn(Settings.defaults());
        willThrow(new IllegalStateException("audit table missing")).given(api.auditLog).record(any());

        api.manage(update("mtu", "1400")).assertSuccess("Changed!");

        then(api.updateSetting).should().update(any());
    }
}
