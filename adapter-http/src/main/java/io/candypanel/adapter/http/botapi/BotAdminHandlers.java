package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.botuser.BotAdminCheck;
import io.candypanel.application.port.in.botuser.Broadcast;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.ManagedBotUser;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.ApprovedOrder;
import io.candypanel.application.port.in.order.DecideOrderCommand;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.OrderPage;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.Transaction;
import java.util.List;
import java.util.Objects;

/**
 * {@code /bot_api/admin/*}: the bot admin's actions, with the original's messages. All but
 * {@link #checkAdmin} run behind {@link BotAdminGate}, which the routes put in front of them; the
 * state-changing ones return an audit note (order id or target user, never a config). Public only so
 * that the server package can route to it; see {@code HttpRoutes}.
 */
public final class BotAdminHandlers {
    /** The actions of {@code manage_user}, in the order its message lists them. */
    public static final List<String> MANAGE_USER_ACTIONS = ManageUserRequest.ACTIONS;
    /** The values of {@code get_transactions}' {@code status_filter}. */
    public static final List<String> STATUS_FILTERS = TransactionsRequest.STATUS_FILTERS;

    private final CheckBotAdminUseCase checkAdmin;
    private final ListBotUsersUseCase listUsers;
    private final ListOrdersUseCase listOrders;
    private final ApproveOrderUseCase approveOrder;
    private final RejectOrderUseCase rejectOrder;
    private final ManageBotUserUseCase manageUser;
    private final BroadcastUseCase broadcast;

    public BotAdminHandlers(CheckBotAdminUseCase checkAdmin, ListBotUsersUseCase listUsers, ListOrdersUseCase listOrders,
                            ApproveOrderUseCase approveOrder, RejectOrderUseCase rejectOrder, ManageBotUserUseCase manageUser,
                            BroadcastUseCase broadcast) {
        this.checkAdmin = Objects.requireNonNull(checkAdmin, "checkAdmin");
        this.listUsers = Objects.requireNonNull(listUsers, "listUsers");
        this.listOrders = Objects.requireNonNull(listOrders, "listOrders");
        this.approveOrder = Objects.requireNonNull(approveOrder, "approveOrder");
        this.rejectOrder = Objects.requireNonNull(rejectOrder, "rejectOrder");
        this.manageUser = Objects.requireNonNull(manageUser, "manageUser");
        this.broadcast = Objects.requireNonNull(broadcast, "broadcast");
    }

    /** Open to any bot user (the bot asks it to decide which menu to show), so it is not behind the gate. */
    public ApiResponse checkAdmin(ApiRequest request) {
        BotAdminCheck check = checkAdmin.check(BotFields.actingAdmin(request.fields()));
        return ApiResponse.ok("Admin status checked.", AdminCheckResponse.from(check));
    }

    public ApiResponse getAllUsers(ApiRequest request) {
        // Behind the gate, the acting id is the admin.
        TelegramId admin = BotFields.actingAdmin(request.fields());
        return ApiResponse.ok("All bot users retrieved.", BotUsersResponse.from(listUsers.list(), admin));
    }

    public ApiResponse getTransactions(ApiRequest request) {
        TransactionsRequest page = TransactionsRequest.from(request.fields());
        OrderPage orders = listOrders.list(page.toQuery());
        return ApiResponse.ok("Transactions retrieved.", TransactionPageResponse.from(orders, page.offset(), page.limit()));
    }

    /** Creates or extends the buyer's client; {@code data.client_config} is for the bot to send to the buyer. */
    public ApiResponse approveTransaction(ApiRequest request) {
        JsonFields fields = request.fields();
        TelegramId admin = BotFields.actingAdmin(fields);
        DecideOrderCommand command = DecideTransactionRequest.from(fields).toCommand();
        ApprovedOrder approved = approveOrder.approve(command);
        String client = approved.client().name().value();
        return ApiResponse.ok("Transaction " + command.orderId() + " approved. Client '" + client + "' "
                        + (approved.clientCreated() ? "created" : "updated") + " in CandyPanel.",
                        ApprovedTransactionResponse.from(approved))
                .audited(command.orderId().value(), "approved by Telegram admin " + admin + "; buyer "
                        + approved.buyer().telegramId() + "; client '" + client + "' " + (approved.clientCreated() ? "created" : "extended"));
    }

    public ApiResponse rejectTransaction(ApiRequest request) {
        JsonFields fields = request.fields();
        TelegramId admin = BotFields.actingAdmin(fields);
        DecideOrderCommand command = DecideTransactionRequest.from(fields).toCommand();
        Transaction rejected = rejectOrder.reject(command);
        return ApiResponse.ok("Transaction " + command.orderId() + " rejected.",
                        new RejectedTransactionResponse(rejected.telegramId().value(), rejected.orderId().value()))
                .audited(command.orderId().value(), "rejected by Telegram admin " + admin + "; buyer " + rejected.telegramId());
    }

    /** Ban, unban, or set the traffic (GB) or time (days) of a bot user and its linked client. */
    public ApiResponse manageUser(ApiRequest request) {
        JsonFields fields = request.fields();
        TelegramId admin = BotFields.actingAdmin(fields);
        ManageUserRequest action = ManageUserRequest.from(fields);
        ManagedBotUser managed = manageUser.manage(action.toCommand());
        return ApiResponse.ok(action.doneMessage(), ManagedUserResponse.from(managed))
                .audited(action.target().toString(), action.auditDetail() + " by Telegram admin " + admin);
    }

    /** Queued for a connected bot, which paces the sending; otherwise prepared for the caller's own bot. */
    public ApiResponse sendMessageToAll(ApiRequest request) {
        JsonFields fields = request.fields();
        TelegramId admin = BotFields.actingAdmin(fields);
        Broadcast sent = broadcast.broadcast(BroadcastRequest.from(fields).toCommand());
        return ApiResponse.ok(sent.queued() ? "Broadcast message queued." : "Broadcast message prepared.", BroadcastResponse.from(sent))
                .audited("", "broadcast to " + sent.recipients().size() + " users (" + (sent.queued() ? "queued" : "prepared")
                        + ") by Telegram admin " + admin);
    }
}
