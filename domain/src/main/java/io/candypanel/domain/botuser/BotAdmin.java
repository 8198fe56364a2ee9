package io.candypanel.domain.botuser;

import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.util.Optional;

/** Who administers the bot: the {@code telegram_bot_admin_id} setting, where 0 means nobody. */
public final class BotAdmin {
    private BotAdmin() {
    }

    public static Optional<TelegramId> of(Settings settings) {
        long id = Long.parseLong(settings.get(SettingKey.TELEGRAM_BOT_ADMIN_ID));
        return id == 0 ? Optional.empty() : Optional.of(new TelegramId(id));
    }
}
