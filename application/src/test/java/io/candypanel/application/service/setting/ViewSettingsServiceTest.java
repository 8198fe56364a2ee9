package io.candypanel.application.service.setting;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryApiTokenRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.port.in.setting.SettingsView;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.SettingKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewSettingsServiceTest {
    private static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final String API_TOKEN = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";

    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
    private final ViewSettingsService service = new ViewSettingsService(unitOfWork, settings, apiTokens);

    @Test
    void everySettingByWireNameWithTheBotTokenMasked() {
        settings.saveAll(Map.of(SettingKey.TELEGRAM_BOT_TOKEN, BOT_TOKEN, SettingKey.DNS, "9.9.9.9"));

        Map<String, String> shown = service.view().settings();

        assertEquals("****Dsaw", shown.get("telegram_bot_token"));
        assertEquals("9.9.9.9", shown.get("dns"));
        assertEquals(settings.load().adminView(), shown);
        assertEquals(SettingKey.values().length, shown.size(), "every key, stored or default");
        assertFalse(shown.values().stream().anyMatch(v -> v.contains(BOT_TOKEN)));
    }

    @Test
    void apiTokensByNameOnlyInNameOrderReadInTheSameTransaction() {
        apiTokens.save(new ApiToken("telegram-bot", TokenHash.of(API_TOKEN), NOW));
        apiTokens.save(new ApiToken("ci", TokenHash.of("api-token-0000000000111111111122222222223333"), NOW));

        SettingsView view = service.view();

        assertEquals(List.of("ci", "telegram-bot"), view.apiTokenNames());
        assertFalse(view.toString().contains(API_TOKEN));
        assertFalse(view.toString().contains(TokenHash.of(API_TOKEN).hex()), "not even the stored hash");
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void aFreshPanelHasDefaultsAndNoTokens() {
        SettingsView view = service.view();

        assertEquals(List.of(), view.apiTokenNames());
        assertEquals(settings.load().adminView(), view.settings());
        assertEquals("", view.settings().get("telegram_bot_token"), "an empty secret stays empty");
    }
}
