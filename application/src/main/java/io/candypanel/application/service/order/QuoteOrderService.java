package io.candypanel.application.service.order;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.QuoteQuery;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.PriceList;
import java.util.Objects;

public final class QuoteOrderService implements QuoteOrderUseCase {
    private final BotUserRepositoryPort botUsers;
    private final SettingsRepositoryPort settings;

    public QuoteOrderService(BotUserRepositoryPort botUsers, SettingsRepositoryPort settings) {
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Money quote(QuoteQuery query) {
        botUsers.findByTelegramId(query.telegramId())
                .orElseThrow(() -> new BotUserNotFoundException(query.telegramId()))
                .requireCanOrder();
        return PriceList.parse(settings.load().get(SettingKey.PRICES)).priceOf(query.purchase());
    }
}
