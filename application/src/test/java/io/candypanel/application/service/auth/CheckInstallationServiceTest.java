package io.candypanel.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.domain.setting.SettingKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckInstallationServiceTest {
    @Test
    void reflectsTheInstallSetting() {
        InMemorySettingsRepository settings = new InMemorySettingsRepository();
        CheckInstallationService check = new CheckInstallationService(settings);
        assertFalse(check.isInstalled());
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1"));
        assertTrue(check.isInstalled());
    }
}
