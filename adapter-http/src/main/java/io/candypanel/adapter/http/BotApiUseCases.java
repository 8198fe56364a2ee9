package io.candypanel.adapter.http;

import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import java.util.Objects;

/** Every use case behind {@code /bot_api}, in one value; none may be null. */
public record BotApiUseCases(
        RegisterBotUserUseCase register,
        SetLanguageUseCase setLanguage,
        ShowPurchaseOptionsUseCase purchaseOptions,
        QuoteOrderUseCase quoteOrder,
        SubmitOrderUseCase submitOrder,
        GetLicenseUseCase license,
        AccountStatusUseCase accountStatus,
        CallSupportUseCase callSupport,
        CheckBotAdminUseCase checkAdmin,
        ListBotUsersUseCase listUsers,
        ListOrdersUseCase listOrders,
        ApproveOrderUseCase approveOrder,
        RejectOrderUseCase rejectOrder,
        ManageBotUserUseCase manageUser,
        BroadcastUseCase broadcast) {

    public BotApiUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(setLanguage, "setLanguage");
        Objects.requireNonNull(purchaseOptions, "purchaseOptions");
        Objects.requireNonNull(quoteOrder, "quoteOrder");
        Objects.requireNonNull(submitOrder, "submitOrder");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(accountStatus, "accountStatus");
        Objects.requireNonNull(callSupport, "callSupport");
        Objects.requireNonNull(checkAdmin, "checkAdmin");
        Objects.requireNonNull(listUsers, "listUsers");
        Objects.requireNonNull(listOrders, "listOrders");
        Objects.requireNonNull(approveOrder, "approveOrder");
        Objects.requireNonNull(rejectOrder, "rejectOrder");
        Objects.requireNonNull(manageUser, "manageUser");
        Objects.requireNonNull(broadcast, "broadcast");
    }
}
