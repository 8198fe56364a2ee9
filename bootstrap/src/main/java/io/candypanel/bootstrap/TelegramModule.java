package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.adapter.telegram.TelegramBot;
import io.candypanel.adapter.telegram.TelegramUseCases;
import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.RecallConversationUseCase;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.in.botuser.RememberConversationUseCase;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.bootstrap.chat.ChatRelay;
import io.candypanel.bootstrap.config.ChatConfig;
import io.candypanel.bootstrap.lifecycle.Service;
import java.time.Clock;
import java.util.Objects;

/**
 * The Telegram bot. Always wired, dormant until the panel settings give it a token and switch it on
 * ({@code telegram_bot_token}, {@code telegram_bot_status} = 1); it then starts, stops and changes token
 * with the settings, without a restart of the panel.
 */
final class TelegramModule extends AbstractModule {
    private final ChatConfig config;

    TelegramModule(ChatConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    TelegramUseCases telegramUseCases(RegisterBotUserUseCase registerBotUser, SetLanguageUseCase setLanguage,
                                      GetLicenseUseCase getLicense, AccountStatusUseCase accountStatus,
                                      CallSupportUseCase callSupport, RecallConversationUseCase recallConversation,
                                      RememberConversationUseCase rememberConversation,
                                      ShowPurchaseOptionsUseCase showPurchaseOptions, QuoteOrderUseCase quoteOrder,
                                      SubmitOrderUseCase submitOrder, CheckBotAdminUseCase checkBotAdmin,
                                      ListBotUsersUseCase listBotUsers, ManageBotUserUseCase manageBotUser,
                                      BroadcastUseCase broadcast, ListOrdersUseCase listOrders,
                                      ApproveOrderUseCase approveOrder, RejectOrderUseCase rejectOrder,
                                      PanelOverviewUseCase panelOverview, CreateClientUseCase createClient,
                                      UpdateClientUseCase updateClient, DeleteClientUseCase deleteClient,
                                      GetClientConfigUseCase getClientConfig, CreateInterfaceUseCase createInterface,
                                      UpdateInterfaceUseCase updateInterface, DeleteInterfaceUseCase deleteInterface,
                                      UpdateSettingUseCase updateSetting, SyncUseCase sync) {
        return new TelegramUseCases(registerBotUser, setLanguage, getLicense, accountStatus, callSupport, recallConversation,
                rememberConversation, showPurchaseOptions, quoteOrder, submitOrder, checkBotAdmin, listBotUsers, manageBotUser,
                broadcast, listOrders, approveOrder, rejectOrder, panelOverview, createClient, updateClient, deleteClient,
                getClientConfig, createInterface, updateInterface, deleteInterface, updateSetting, sync);
    }

    @Provides
    @Singleton
    TelegramBot telegramBot(TelegramUseCases useCases, Clock clock) {
        return new TelegramBot(useCases, config.telegramApiUrl(), clock);
    }

    /** Connected to the core's notification and settings ports once everything is built, then told the settings. */
    @ProvidesIntoSet
    Service telegramService(TelegramBot bot, ChatRelay relay, SettingsRepositoryPort settings) {
        return Service.of("telegram", () -> {
            relay.connect(bot, bot);
            bot.settingsChanged(settings.load());
        }, () -> {
            relay.disconnect();
            bot.close();
        });
    }
}
