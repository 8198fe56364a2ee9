package io.candypanel.domain.botuser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the bot reads from the panel settings: its admin and the reminder thresholds. */
class BotSettingsTest {

    @Test
    void theBotAdminIsUnsetAtZero() {
        assertEquals(Optional.empty(), BotAdmin.of(Settings.defaults()));
        assertEquals(Optional.of(new TelegramId(987654321L)),
                BotAdmin.of(Settings.defaults().with(SettingKey.TELEGRAM_BOT_ADMIN_ID, "987654321")));
    }

    @Test
    void theReminderPolicyFollowsItsSettings() {
        assertEquals(ReminderPolicy.DEFAULT, ReminderPolicy.of(Settings.defaults()));
        assertEquals(new ReminderPolicy(0, 7), ReminderPolicy.of(Settings.defaults()
                .with(SettingKey.REMINDER_QUOTA_PERCENT, "0").with(SettingKey.REMINDER_DAYS_BEFORE_EXPIRY, "7")));
    }
}
