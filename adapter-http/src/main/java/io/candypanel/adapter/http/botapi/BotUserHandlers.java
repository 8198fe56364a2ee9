package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.botuser.AccountStatusQuery;
import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BotUserRegistration;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.GetLicenseQuery;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.in.botuser.SupportCall;
import io.candypanel.application.port.in.order.PurchaseOptions;
import io.candypanel.application.port.in.order.PurchaseOptionsQuery;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.Transaction;
import java.util.Objects;

/**
 * {@code /bot_api/user/*}: what a bot user does through a bot, with the original's messages. Each
 * request names the user by {@code telegram_id}; the route needs a bearer (API token or admin
 * session), so only the operator's own bot can speak for a user. Every field is read and checked
 * before a use case runs. Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class BotUserHandlers {
    private final RegisterBotUserUseCase register;
    private final SetLanguageUseCase setLanguage;
    private final ShowPurchaseOptionsUseCase purchaseOptions;
    private final QuoteOrderUseCase quoteOrder;
    private final SubmitOrderUseCase submitOrder;
    private final GetLicenseUseCase license;
    private final AccountStatusUseCase accountStatus;
    private final CallSupportUseCase callSupport;

    public BotUserHandlers(RegisterBotUserUseCase register, SetLanguageUseCase setLanguage,
                           ShowPurchaseOptionsUseCase purchaseOptions, QuoteOrderUseCase quoteOrder, SubmitOrderUseCase submitOrder,
                           GetLicenseUseCase license, AccountStatusUseCase accountStatus, CallSupportUseCase callSupport) {
        this.register = Objects.requireNonNull(register, "register");
        this.setLanguage = Objects.requireNonNull(setLanguage, "setLanguage");
        this.purchaseOptions = Objects.requireNonNull(purchaseOptions, "purchaseOptions");
        this.quoteOrder = Objects.requireNonNull(quoteOrder, "quoteOrder");
        this.submitOrder = Objects.requireNonNull(submitOrder, "submitOrder");
        this.license = Objects.requireNonNull(license, "license");
        this.accountStatus = Objects.requireNonNull(accountStatus, "accountStatus");
        this.callSupport = Objects.requireNonNull(callSupport, "callSupport");
    }

    /** Idempotent: a known user is answered with its stored language. */
    public ApiResponse register(ApiRequest request) {
        RegisterBotUserCommand command = new RegisterBotUserCommand(BotFields.caller(request.fields()));
        BotUserRegistration registration = register.register(command);
        return ApiResponse.ok(registration.newlyRegistered() ? "User registered successfully." : "User already registered.",
                new RegisteredResponse(true, registration.user().language().wireName()));
    }

    public ApiResponse setLanguage(ApiRequest request) {
        BotUser user = setLanguage.setLanguage(SetLanguageRequest.from(request.fields()).toCommand());
        return ApiResponse.ok("Language updated successfully.", new LanguageResponse(user.language().wireName()));
    }

    public ApiResponse initiatePurchase(ApiRequest request) {
        PurchaseOptions options = purchaseOptions.show(new PurchaseOptionsQuery(BotFields.caller(request.fields())));
        return ApiResponse.ok("Purchase initiation details.", PurchaseOptionsResponse.from(options));
    }

    public ApiResponse calculatePrice(ApiRequest request) {
        Money amount = quoteOrder.quote(PriceRequest.from(request.fields()).toQuery());
        return ApiResponse.ok("Price calculated successfully.", new PriceResponse(amount.amount()));
    }

    /** A pending order; the server computes the amount, and a reused order id is a 409 {@code ORDER_ID_TAKEN}. */
    public ApiResponse submitTransaction(ApiRequest request) {
        Transaction transaction = submitOrder.submit(SubmitTransactionRequest.from(request.fields()).toCommand());
        return ApiResponse.ok("Transaction submitted for review.", SubmittedTransactionResponse.from(transaction));
    }

    /**
     * The original's documented combined form: without {@code order_id} the card, the prices and this
     * plan's price; with it (and then {@code card_number_sent}) exactly {@link #submitTransaction}.
     */
    public ApiResponse buyTrafficRequest(ApiRequest request) {
        JsonFields fields = request.fields();
        if (fields.has("order_id")) {
            return submitTransaction(request);
        }
        PriceRequest priced = PriceRequest.from(fields);
        PurchaseOptions options = purchaseOptions.show(new PurchaseOptionsQuery(priced.telegramId()));
        Money amount = quoteOrder.quote(priced.toQuery());
        return ApiResponse.ok("Purchase details.", PurchaseDetailsResponse.from(options, amount));
    }

    public ApiResponse getLicense(ApiRequest request) {
        return ApiResponse.ok("Your WireGuard configuration:",
                LicenseResponse.from(license.license(new GetLicenseQuery(BotFields.caller(request.fields())))));
    }

    public ApiResponse accountStatus(ApiRequest request) {
        return ApiResponse.ok("Your account status:",
                AccountStatusResponse.from(accountStatus.status(new AccountStatusQuery(BotFields.caller(request.fields())))));
    }

    /** Delivered when a bot is connected here; otherwise the text comes back for the caller's own bot to send. */
    public ApiResponse callSupport(ApiRequest request) {
        SupportCall call = callSupport.call(CallSupportRequest.from(request.fields()).toCommand());
        return ApiResponse.ok(call.delivered() ? "Your message has been sent to support."
                : "Support message prepared; no bot is connected to deliver it.", SupportCallResponse.from(call));
    }
}
