package io.candypanel.application.service.order;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.order.PurchaseOptions;
import io.candypanel.application.port.in.order.PurchaseOptionsQuery;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.transaction.PriceList;
import java.util.Objects;

public final class ShowPurchaseOptionsService implements ShowPurchaseOptionsUseCase {
    private final BotUserRepositoryPort botUsers;
    private final SettingsRepositoryPort settings;

    public ShowPurchaseOptionsService(BotUserRepositoryPort botUsers, SettingsRepositoryPort settings) {
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public PurchaseOptions show(PurchaseOptionsQuery query) {
        botUsers.findByTelegramId(query.telegramId())
                .orElseThrow(() -> new BotUserNotFoundException(query.telegramId()))
                .requireCanOrder();
        Settings stored = settings.load();
        return new PurchaseOptions(stored.get(SettingKey.ADMIN_CARD_NUMBER), PriceList.parse(stored.get(SettingKey.PRICES)));
    }
}
