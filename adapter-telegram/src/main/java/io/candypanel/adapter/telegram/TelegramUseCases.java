package io.candypanel.adapter.telegram;

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
import java.util.Objects;

/**
 * Every inbound use case the Telegram bot drives, in one record so that {@code bootstrap} hands them
 * over in one constructor argument. The bot calls the same use cases as the HTTP API, in-process; the
 * original bot called the panel's HTTP API over loopback and trusted whatever ids it sent.
 */
public record TelegramUseCases(
        // the user's side
        RegisterBotUserUseCase registerBotUser,
        SetLanguageUseCase setLanguage,
        GetLicenseUseCase getLicense,
        AccountStatusUseCase accountStatus,
        CallSupportUseCase callSupport,
        RecallConversationUseCase recallConversation,
        RememberConversationUseCase rememberConversation,
        ShowPurchaseOptionsUseCase showPurchaseOptions,
        QuoteOrderUseCase quoteOrder,
        SubmitOrderUseCase submitOrder,
        // the admin's side
        CheckBotAdminUseCase checkBotAdmin,
        ListBotUsersUseCase listBotUsers,
        ManageBotUserUseCase manageBotUser,
        BroadcastUseCase broadcast,
        ListOrdersUseCase listOrders,
        ApproveOrderUseCase approveOrder,
        RejectOrderUseCase rejectOrder,
        PanelOverviewUseCase panelOverview,
        // the admin's /cp_* server control
        CreateClientUseCase createClient,
        UpdateClientUseCase updateClient,
        DeleteClientUseCase deleteClient,
        GetClientConfigUseCase getClientConfig,
        CreateInterfaceUseCase createInterface,
        UpdateInterfaceUseCase updateInterface,
        DeleteInterfaceUseCase deleteInterface,
        UpdateSettingUseCase updateSetting,
        SyncUseCase sync) {

    public TelegramUseCases {
        Objects.requireNonNull(registerBotUser, "registerBotUser");
        Objects.requireNonNull(setLanguage, "setLanguage");
        Objects.requireNonNull(getLicense, "getLicense");
        Objects.requireNonNull(accountStatus, "accountStatus");
        Objects.requireNonNull(callSupport, "callSupport");
        Objects.requireNonNull(recallConversation, "recallConversation");
        Objects.requireNonNull(rememberConversation, "rememberConversation");
        Objects.requireNonNull(showPurchaseOptions, "showPurchaseOptions");
        Objects.requireNonNull(quoteOrder, "quoteOrder");
        Objects.requireNonNull(submitOrder, "submitOrder");
        Objects.requireNonNull(checkBotAdmin, "checkBotAdmin");
        Objects.requireNonNull(listBotUsers, "listBotUsers");
        Objects.requireNonNull(manageBotUser, "manageBotUser");
        Objects.requireNonNull(broadcast, "broadcast");
        Objects.requireNonNull(listOrders, "listOrders");
        Objects.requireNonNull(approveOrder, "approveOrder");
        Objects.requireNonNull(rejectOrder, "rejectOrder");
        Objects.requireNonNull(panelOverview, "panelOverview");
        Objects.requireNonNull(createClient, "createClient");
        Objects.requireNonNull(updateClient, "updateClient");
        Objects.requireNonNull(deleteClient, "deleteClient");
        Objects.requireNonNull(getClientConfig, "getClientConfig");
        Objects.requireNonNull(createInterface, "createInterface");
        Objects.requireNonNull(updateInterface, "updateInterface");
        Objects.requireNonNull(deleteInterface, "deleteInterface");
        Objects.requireNonNull(updateSetting, "updateSetting");
        Objects.requireNonNull(sync, "sync");
    }
}
