package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.BotAdminCheck;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.botuser.BotAdmin;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;
import java.util.Optional;

public final class CheckBotAdminService implements CheckBotAdminUseCase {
    private final SettingsRepositoryPort settings;

    public CheckBotAdminService(SettingsRepositoryPort settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public BotAdminCheck check(TelegramId telegramId) {
        Objects.requireNonNull(telegramId, "telegramId");
        Optional<TelegramId> admin = BotAdmin.of(settings.load());
        return new BotAdminCheck(admin.filter(telegramId::equals).isPresent(), admin);
    }
}
