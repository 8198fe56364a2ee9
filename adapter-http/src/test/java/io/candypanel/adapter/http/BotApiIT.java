package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.adapter.http.botapi.BotAdminGate;
import io.candypanel.application.port.in.botuser.AccountStatus;
import io.candypanel.application.port.in.botuser.AccountStatusQuery;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.BotUserRegistration;
import io.candypanel.application.port.in.botuser.Broadcast;
import io.candypanel.application.port.in.botuser.BroadcastCommand;
import io.candypanel.application.port.in.botuser.CallSupportCommand;
import io.candypanel.application.port.in.botuser.GetLicenseQuery;
import io.candypanel.application.port.in.botuser.License;
import io.candypanel.application.port.in.botuser.ManageBotUserCommand;
import io.candypanel.application.port.in.botuser.ManagedBotUser;
import io.candypanel.application.port.in.botuser.NoActiveLicenseException;
import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.application.port.in.botuser.SetLanguageCommand;
import io.candypanel.application.port.in.botuser.SupportCall;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.order.ApprovedOrder;
import io.candypanel.application.port.in.order.DecideOrderCommand;
import io.candypanel.application.port.in.order.ListOrdersQuery;
import io.candypanel.application.port.in.order.OrderPage;
import io.candypanel.application.port.in.order.PurchaseOptions;
import io.candypanel.application.port.in.order.PurchaseOptionsQuery;
import io.candypanel.application.port.in.order.QuoteQuery;
import io.candypanel.application.port.in.order.SubmitOrderCommand;
import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.BotUserStatus;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** {@code /bot_api/*}: the bot's user and admin endpoints against a real Undertow, use cases mocked. */
class BotApiIT {
    private static final long USER = 4242;
    private static final long ADMIN = 1001;
    private static final String CONFIG = "[Interface]\nPrivateKey = secret-key-of-the-buyer\n";
    private static final Instant REQUESTED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-21T09:30:00Z");
    private static final List<String> USER_PATHS = List.of("register", "set_language", "initiate_purchase", "calculate_price",
            "submit_transaction", "buy_traffic_request", "get_license", "account_status", "call_support");
    private static final List<String> GATED_ADMIN_PATHS = List.of("get_all_users", "get_transactions", "approve_transaction",
            "reject_transaction", "manage_user", "send_message_to_all", "server_control");

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    /** JSON written with single quotes, for readability. */
    private static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private Reply user(String action, String body) {
        return api.bot("/bot_api/user/" + action, j(body));
    }

    private Reply admin(String action, String body) {
        return api.bot("/bot_api/admin/" + action, j(body));
    }

    private static TelegramId id(long value) {
        return new TelegramId(value);
    }

    private static BotUser botUser(long telegramId, String clientName, long trafficMib, long days, BotUserStatus status, Language language) {
        return BotUser.restore(id(telegramId), Optional.ofNullable(clientName).map(ClientName::new), trafficMib, days, status, language,
                Samples.CREATED);
    }

    private static BotUser buyer() {
        return botUser(USER, "tguser_4242", 15 * 1024 + 512, 60, BotUserStatus.ACTIVE, Language.FA);
    }

    private static Transaction transaction(String orderId, Purchase purchase, String amount, TransactionStatus status, String note) {
        return Transaction.restore(new OrderId(orderId), id(USER), purchase, Money.of(amount), new CardText("6037-9911-2233-4455"),
                REQUESTED, status, status == TransactionStatus.PENDING ? Optional.empty() : Optional.of(DECIDED), note);
    }

    private static PurchaseOptions options() {
        return new PurchaseOptions("6037-0000-1111-2222", PriceList.parse("{\"1GB\": 4000, \"1Month\": 75000.50}"));
    }

    private <T> T captured(Class<T> type, Consumer<ArgumentCaptor<T>> verification) {
        ArgumentCaptor<T> captor = ArgumentCaptor.forClass(type);
        verification.accept(captor);
        return captor.getValue();
    }

    private static void assertNumber(String expected, JsonNode node) {
        assertTrue(node.isNumber(), () -> "not a JSON number: " + node);
        assertEquals(0, new BigDecimal(expected).compareTo(node.decimalValue()), () -> expected + " vs " + node);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ------------------------------------------------------------------ user endpoints

    @Nested
    class UserEndpoints {
        @Test
        void registerANewUser() {
            given(api.registerBotUser.register(any())).willReturn(new BotUserRegistration(BotUser.create(id(USER), ApiFixture.NOW), true));

            JsonNode data = user("register", "{'telegram_id': 4242}").assertSuccess("User registered successfully.");

            assertEquals(Set.of("registered", "language"), fieldNames(data));
            assertTrue(data.path("registered").booleanValue());
            assertEquals("en", data.path("language").asText());
            assertEquals(new RegisterBotUserCommand(id(USER)),
                    captured(RegisterBotUserCommand.class, c -> then(api.registerBotUser).should().register(c.capture())));
        }

        @Test
        void registerAKnownUserKeepsItsLanguageAndAcceptsTheIdAsDigits() {
            given(api.registerBotUser.register(any())).willReturn(new BotUserRegistration(buyer(), false));

            JsonNode data = user("register", "{'telegram_id': '4242'}").assertSuccess("User already registered.");

            assertTrue(data.path("registered").booleanValue());
            assertEquals("fa", data.path("language").asText());
            api.assertNothingAudited();
        }

        @Test
        void setLanguage() {
            given(api.setLanguage.setLanguage(any())).willReturn(buyer());

            JsonNode data = user("set_language", "{'telegram_id': 4242, 'language': 'fa'}").assertSuccess("Language updated successfully.");

            assertEquals(Set.of("language"), fieldNames(data));
            assertEquals("fa", data.path("language").asText());
            then(api.setLanguage).should().setLanguage(new SetLanguageCommand(id(USER), Language.FA));
        }

        @Test
        void initiatePurchaseGivesTheCardAndThePricesAsNumbers() {
            given(api.purchaseOptions.show(new PurchaseOptionsQuery(id(USER)))).willReturn(options());

            JsonNode data = user("initiate_purchase", "{'telegram_id': 4242}").assertSuccess("Purchase initiation details.");

            assertEquals(Set.of("admin_card_number", "prices"), fieldNames(data));
            assertEquals("6037-0000-1111-2222", data.path("admin_card_number").asText());
            assertEquals(Set.of("1GB", "1Month"), fieldNames(data.path("prices")));
            assertNumber("4000", data.path("prices").path("1GB"));
            assertNumber("75000.5", data.path("prices").path("1Month"));
        }

        @Test
        void calculatePriceOfEachKind() {
            given(api.quoteOrder.quote(any())).willReturn(Money.of("40000"));

            JsonNode gb = user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'gb', 'quantity': 10}")
                    .assertSuccess("Price calculated successfully.");
            user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'month', 'quantity': '3'}")
                    .assertSuccess("Price calculated successfully.");
            user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'custom', 'time_quantity': 2, 'traffic_quantity': 50}")
                    .assertSuccess("Price calculated successfully.");
            user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'custom', 'traffic_quantity': 5}")
                    .assertSuccess("Price calculated successfully.");

            assertEquals(Set.of("calculated_amount"), fieldNames(gb));
            assertNumber("40000", gb.path("calculated_amount"));
            ArgumentCaptor<QuoteQuery> queries = ArgumentCaptor.forClass(QuoteQuery.class);
            then(api.quoteOrder).should(times(4)).quote(queries.capture());
            assertEquals(List.of(new QuoteQuery(id(USER), Purchase.gb(10)), new QuoteQuery(id(USER), Purchase.months(3)),
                    new QuoteQuery(id(USER), Purchase.custom(2, 50)), new QuoteQuery(id(USER), Purchase.custom(0, 5))), queries.getAllValues());
        }

        @Test
        void amountsAreExactPlainDecimalNumbers() {
            given(api.quoteOrder.quote(any())).willReturn(Money.of("0.0000001"), Money.of("12345678901234567890.25"));

            Reply tiny = user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'gb', 'quantity': 1}");
            Reply huge = user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'gb', 'quantity': 1}");

            tiny.assertSuccess("Price calculated successfully.");
            assertTrue(tiny.body().contains("\"calculated_amount\":0.0000001}"), tiny.body());
            assertTrue(huge.body().contains("\"calculated_amount\":12345678901234567890.25}"), huge.body());
        }

        @Test
        void submitTransactionIgnoresTheCallersAmount() {
            given(api.submitOrder.submit(any())).willReturn(transaction("ORD-1", Purchase.gb(10), "40000", TransactionStatus.PENDING, ""));

            JsonNode data = user("submit_transaction", "{'telegram_id': 4242, 'order_id': 'ORD-1', 'card_number_sent': '6037-9911-2233-4455', "
                    + "'purchase_type': 'gb', 'quantity': 10, 'amount': 1}").assertSuccess("Transaction submitted for review.");

            assertEquals(Set.of("order_id", "amount", "status", "purchase_type"), fieldNames(data));
            assertEquals("ORD-1", data.path("order_id").asText());
            assertNumber("40000", data.path("amount"));
            assertEquals("pending", data.path("status").asText());
            assertEquals("gb", data.path("purchase_type").asText());
            assertEquals(new SubmitOrderCommand(id(USER), new OrderId("ORD-1"), Purchase.gb(10), new CardText("6037-9911-2233-4455")),
                    captured(SubmitOrderCommand.class, c -> then(api.submitOrder).should().submit(c.capture())));
        }

        @Test
        void buyTrafficRequestWithoutAnOrderIdPricesThePlan() {
            given(api.purchaseOptions.show(any())).willReturn(options());
            given(api.quoteOrder.quote(new QuoteQuery(id(USER), Purchase.months(2)))).willReturn(Money.of("151001"));

            JsonNode data = user("buy_traffic_request", "{'telegram_id': 4242, 'purchase_type': 'month', 'quantity': 2}")
                    .assertSuccess("Purchase details.");

            assertEquals(Set.of("admin_card_number", "prices", "calculated_amount"), fieldNames(data));
            assertEquals("6037-0000-1111-2222", data.path("admin_card_number").asText());
            assertNumber("4000", data.path("prices").path("1GB"));
            assertNumber("151001", data.path("calculated_amount"));
            then(api.submitOrder).shouldHaveNoInteractions();
        }

        @Test
        void buyTrafficRequestWithAnOrderIdSubmitsIt() {
            given(api.submitOrder.submit(any())).willReturn(transaction("ORD-2", Purchase.custom(1, 5), "95000", TransactionStatus.PENDING, ""));

            JsonNode data = user("buy_traffic_request", "{'telegram_id': 4242, 'order_id': 'ORD-2', 'card_number_sent': 'Ali', "
                    + "'purchase_type': 'custom', 'time_quantity': 1, 'traffic_quantity': 5}").assertSuccess("Transaction submitted for review.");

            assertEquals(Set.of("order_id", "amount", "status", "purchase_type"), fieldNames(data));
            assertEquals("custom", data.path("purchase_type").asText());
            then(api.submitOrder).should().submit(new SubmitOrderCommand(id(USER), new OrderId("ORD-2"), Purchase.custom(1, 5), new CardText("Ali")));
            then(api.quoteOrder).shouldHaveNoInteractions();
        }

        @Test
        void buyTrafficRequestWithAnOrderIdNeedsTheCard() {
            String message = user("buy_traffic_request", "{'telegram_id': 4242, 'order_id': 'ORD-2', 'purchase_type': 'gb', 'quantity': 1}")
                    .assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing required field 'card_number_sent'.", message);
            api.assertNoUseCaseCalled();
        }

        @Test
        void getLicense() {
            Client client = Samples.client("tguser_4242");
            given(api.license.license(new GetLicenseQuery(id(USER)))).willReturn(new License(client, CONFIG));

            JsonNode data = user("get_license", "{'telegram_id': 4242}").assertSuccess("Your WireGuard configuration:");

            assertEquals(Set.of("config", "client_name"), fieldNames(data));
            assertEquals(CONFIG, data.path("config").asText());
            assertEquals("tguser_4242", data.path("client_name").asText());
        }

        @Test
        void accountStatusWithALinkedClient() {
            Client client = Samples.busyClient("tguser_4242", Samples.KEYS.newKeyPair(), Samples.KEYS.newPresharedKey());
            given(api.accountStatus.status(new AccountStatusQuery(id(USER)))).willReturn(new AccountStatus(buyer(), Optional.of(client)));

            JsonNode data = user("account_status", "{'telegram_id': 4242}").assertSuccess("Your account status:");

            assertEquals(Set.of("status", "traffic_bought_gb", "time_bought_days", "candy_client_name", "used_traffic_bytes",
                    "traffic_limit_bytes", "expires", "client_enabled", "note"), fieldNames(data));
            assertEquals("active", data.path("status").asText());
            assertNumber("15.5", data.path("traffic_bought_gb"));
            assertNumber("60", data.path("time_bought_days"));
            assertEquals("tguser_4242", data.path("candy_client_name").asText());
            assertNumber("1100", data.path("used_traffic_bytes"));
            assertNumber("1000", data.path("traffic_limit_bytes"));
            assertEquals("2026-12-01T00:00:00Z", data.path("expires").asText());
            assertTrue(data.path("client_enabled").isBoolean());
            assertFalse(data.path("client_enabled").booleanValue());
            assertTrue(data.path("note").isNull());
        }

        @Test
        void accountStatusBeforeAnyPurchase() {
            BotUser fresh = botUser(USER, null, 0, 0, BotUserStatus.BANNED, Language.EN);
            given(api.accountStatus.status(any())).willReturn(new AccountStatus(fresh, Optional.empty()));

            JsonNode data = user("account_status", "{'telegram_id': 4242}").assertSuccess("Your account status:");

            assertEquals("banned", data.path("status").asText());
            assertNumber("0", data.path("traffic_bought_gb"));
            assertNumber("0", data.path("time_bought_days"));
            assertTrue(data.path("candy_client_name").isNull());
            assertNumber("0", data.path("used_traffic_bytes"));
            assertNumber("0", data.path("traffic_limit_bytes"));
            assertEquals("N/A", data.path("expires").asText());
            assertFalse(data.path("client_enabled").booleanValue());
            assertTrue(data.path("note").isNull());
        }

        @Test
        void accountStatusWhenTheLinkedClientWasDeleted() {
            given(api.accountStatus.status(any())).willReturn(new AccountStatus(buyer(), Optional.empty()));

            JsonNode data = user("account_status", "{'telegram_id': 4242}").assertSuccess("Your account status:");

            assertEquals("tguser_4242", data.path("candy_client_name").asText());
            assertEquals("N/A", data.path("expires").asText());
            assertEquals("Your VPN client configuration might be out of sync or deleted from the server. Please contact support.",
                    data.path("note").asText());
        }

        @Test
        void callSupportDeliveredByTheConnectedBot() {
            given(api.callSupport.call(any())).willReturn(new SupportCall(id(USER), Optional.of(new ClientName("tguser_4242")),
                    new ChatText("It does not connect."), id(ADMIN), true));

            JsonNode data = user("call_support", "{'telegram_id': 4242, 'message': '  It does not connect. '}")
                    .assertSuccess("Your message has been sent to support.");

            assertEquals(Set.of("admin_telegram_id", "support_message", "delivered"), fieldNames(data));
            assertTrue(data.path("admin_telegram_id").isTextual());
            assertEquals("1001", data.path("admin_telegram_id").asText());
            assertEquals("Support request from tguser_4242 (ID: 4242):\n\nIt does not connect.", data.path("support_message").asText());
            assertTrue(data.path("delivered").booleanValue());
            then(api.callSupport).should().call(new CallSupportCommand(id(USER), new ChatText("It does not connect.")));
        }

        @Test
        void callSupportWithoutAConnectedBotHandsTheTextBack() {
            given(api.callSupport.call(any())).willReturn(new SupportCall(id(USER), Optional.empty(), new ChatText("Hi"), id(ADMIN), false));

            JsonNode data = user("call_support", "{'telegram_id': 4242, 'message': 'Hi'}")
                    .assertSuccess("Support message prepared; no bot is connected to deliver it.");

            assertEquals("Support request from User 4242 (ID: 4242):\n\nHi", data.path("support_message").asText());
            assertFalse(data.path("delivered").booleanValue());
        }
    }

    // ------------------------------------------------------------------ admin endpoints

    @Nested
    class AdminEndpoints {
        @Test
        void checkAdminIsOpenToAnyBotUser() {
            api.givenBotAdmin(ADMIN);

            JsonNode yes = admin("check_admin", "{'telegram_id': 1001}").assertSuccess("Admin status checked.");
            JsonNode no = admin("check_admin", "{'telegram_id': 4242}").assertSuccess("Admin status checked.");

            assertEquals(Set.of("is_admin", "admin_telegram_id"), fieldNames(yes));
            assertTrue(yes.path("is_admin").booleanValue());
            assertFalse(no.path("is_admin").booleanValue());
            assertTrue(yes.path("admin_telegram_id").isTextual());
            assertEquals("1001", yes.path("admin_telegram_id").asText());
            assertEquals("1001", no.path("admin_telegram_id").asText());
        }

        @Test
        void checkAdminWithoutAnAdminConfiguredNamesZero() {
            JsonNode data = admin("check_admin", "{'telegram_id': 4242}").assertSuccess("Admin status checked.");

            assertFalse(data.path("is_admin").booleanValue());
            assertEquals("0", data.path("admin_telegram_id").asText());
        }

        @Test
        void getAllUsers() {
            api.givenBotAdmin(ADMIN);
            given(api.listBotUsers.list()).willReturn(List.of(buyer(), botUser(ADMIN, null, 0, 0, BotUserStatus.ACTIVE, Language.EN)));

            JsonNode data = admin("get_all_users", "{'telegram_id': 1001}").assertSuccess("All bot users retrieved.");

            assertEquals(Set.of("users"), fieldNames(data));
            assertEquals(2, data.path("users").size());
            JsonNode first = data.path("users").get(0);
            assertEquals(Set.of("telegram_id", "candy_client_name", "traffic_bought_gb", "time_bought_days", "status", "language",
                    "is_admin", "created_at"), fieldNames(first));
            assertNumber("4242", first.path("telegram_id"));
            assertEquals("tguser_4242", first.path("candy_client_name").asText());
            assertNumber("15.5", first.path("traffic_bought_gb"));
            assertNumber("60", first.path("time_bought_days"));
            assertEquals("active", first.path("status").asText());
            assertEquals("fa", first.path("language").asText());
            assertNumber("0", first.path("is_admin"));
            assertEquals("2026-11-01T08:00:00Z", first.path("created_at").asText());
            JsonNode second = data.path("users").get(1);
            assertNumber("1", second.path("is_admin"));
            assertTrue(second.path("candy_client_name").isNull());
        }

        @Test
        void getTransactionsDefaultsToPendingFirstHundred() {
            api.givenBotAdmin(ADMIN);
            given(api.listOrders.list(any())).willReturn(new OrderPage(List.of(
                    transaction("ORD-1", Purchase.gb(10), "40000", TransactionStatus.PENDING, "")), 1));

            JsonNode data = admin("get_transactions", "{'telegram_id': 1001}").assertSuccess("Transactions retrieved.");

            assertEquals(Set.of("transactions", "total", "offset", "limit"), fieldNames(data));
            assertNumber("1", data.path("total"));
            assertNumber("0", data.path("offset"));
            assertNumber("100", data.path("limit"));
            JsonNode order = data.path("transactions").get(0);
            assertEquals(Set.of("order_id", "telegram_id", "amount", "card_number_sent", "status", "requested_at", "approved_at",
                    "admin_note", "purchase_type", "quantity", "time_quantity", "traffic_quantity"), fieldNames(order));
            assertEquals("ORD-1", order.path("order_id").asText());
            assertNumber("4242", order.path("telegram_id"));
            assertNumber("40000", order.path("amount"));
            assertEquals("6037-9911-2233-4455", order.path("card_number_sent").asText());
            assertEquals("pending", order.path("status").asText());
            assertEquals("2026-11-20T10:00:00Z", order.path("requested_at").asText());
            assertTrue(order.path("approved_at").isNull());
            assertTrue(order.path("admin_note").isNull());
            assertEquals("gb", order.path("purchase_type").asText());
            assertNumber("10", order.path("quantity"));
            assertNumber("0", order.path("time_quantity"));
            assertNumber("10", order.path("traffic_quantity"));
            then(api.listOrders).should().list(new ListOrdersQuery(Optional.of(TransactionStatus.PENDING), 0, 100));
        }

        @Test
        void getTransactionsOfAnyStatusWithPaging() {
            api.givenBotAdmin(ADMIN);
            given(api.listOrders.list(any())).willReturn(new OrderPage(List.of(
                    transaction("ORD-7", Purchase.custom(2, 30), "270000", TransactionStatus.APPROVED, "paid"),
                    transaction("ORD-8", Purchase.months(3), "225000", TransactionStatus.REJECTED, "")), 42));

            JsonNode data = admin("get_transactions", "{'telegram_id': 1001, 'status_filter': 'all', 'offset': 20, 'limit': 2}")
                    .assertSuccess("Transactions retrieved.");

            assertNumber("42", data.path("total"));
            assertNumber("20", data.path("offset"));
            assertNumber("2", data.path("limit"));
            JsonNode custom = data.path("transactions").get(0);
            assertEquals("approved", custom.path("status").asText());
            assertEquals("2026-11-21T09:30:00Z", custom.path("approved_at").asText());
            assertEquals("paid", custom.path("admin_note").asText());
            assertNumber("0", custom.path("quantity"));
            assertNumber("2", custom.path("time_quantity"));
            assertNumber("30", custom.path("traffic_quantity"));
            JsonNode month = data.path("transactions").get(1);
            assertEquals("rejected", month.path("status").asText());
            assertNumber("3", month.path("quantity"));
            assertNumber("3", month.path("time_quantity"));
            assertNumber("0", month.path("traffic_quantity"));
            then(api.listOrders).should().list(new ListOrdersQuery(Optional.empty(), 20, 2));
        }

        @Test
        void approveTransactionCreatingTheClient() {
            api.givenBotAdmin(ADMIN);
            Transaction approved = transaction("ORD-1", Purchase.gb(10), "40000", TransactionStatus.APPROVED, "ok");
            given(api.approveOrder.approve(any())).willReturn(new ApprovedOrder(approved, buyer(), Samples.client("tguser_4242"), true,
                    CONFIG, KernelOutcome.applied("peer added")));

            JsonNode data = admin("approve_transaction", "{'telegram_id': 1001, 'order_id': 'ORD-1', 'admin_note': 'ok'}")
                    .assertSuccess("Transaction ORD-1 approved. Client 'tguser_4242' created in CandyPanel.");

            assertEquals(Set.of("client_config", "telegram_id", "client_name", "new_traffic_gb", "new_time_days", "kernel"), fieldNames(data));
            assertEquals(CONFIG, data.path("client_config").asText());
            assertNumber("4242", data.path("telegram_id"));
            assertEquals("tguser_4242", data.path("client_name").asText());
            assertNumber("15.5", data.path("new_traffic_gb"));
            assertNumber("60", data.path("new_time_days"));
            assertTrue(data.path("kernel").path("applied").booleanValue());
            assertEquals("peer added", data.path("kernel").path("message").asText());
            then(api.approveOrder).should().approve(new DecideOrderCommand(new OrderId("ORD-1"), "ok"));
        }

        @Test
        void approveTransactionExtendingTheClientReportsAKernelFailure() {
            api.givenBotAdmin(ADMIN);
            Transaction approved = transaction("ORD-2", Purchase.months(1), "75000", TransactionStatus.APPROVED, "");
            given(api.approveOrder.approve(any())).willReturn(new ApprovedOrder(approved, buyer(), Samples.client("tguser_4242"), false,
                    CONFIG, KernelOutcome.failed("wg set failed")));

            JsonNode data = admin("approve_transaction", "{'admin_telegram_id': 1001, 'order_id': 'ORD-2'}")
                    .assertSuccess("Transaction ORD-2 approved. Client 'tguser_4242' updated in CandyPanel.");

            assertFalse(data.path("kernel").path("applied").booleanValue());
            assertEquals("wg set failed", data.path("kernel").path("message").asText());
            then(api.approveOrder).should().approve(new DecideOrderCommand(new OrderId("ORD-2"), null));
        }

        @Test
        void rejectTransaction() {
            api.givenBotAdmin(ADMIN);
            given(api.rejectOrder.reject(any())).willReturn(transaction("ORD-3", Purchase.gb(1), "4000", TransactionStatus.REJECTED, "no payment"));

            JsonNode data = admin("reject_transaction", "{'telegram_id': 1001, 'order_id': 'ORD-3', 'admin_note': 'no payment'}")
                    .assertSuccess("Transaction ORD-3 rejected.");

            assertEquals(Set.of("telegram_id", "order_id"), fieldNames(data));
            assertNumber("4242", data.path("telegram_id"));
            assertEquals("ORD-3", data.path("order_id").asText());
            then(api.rejectOrder).should().reject(new DecideOrderCommand(new OrderId("ORD-3"), "no payment"));
        }

        private JsonNode manage(String action, String value, String expectedMessage, ManageBotUserCommand expectedCommand) {
            api.givenBotAdmin(ADMIN);
            given(api.manageBotUser.manage(any())).willReturn(new ManagedBotUser(buyer(), Optional.of(Samples.client("tguser_4242")),
                    KernelOutcome.applied("peer updated")));

            JsonNode data = admin("manage_user", "{'admin_telegram_id': 1001, 'target_telegram_id': 4242, 'action': '" + action + "'"
                    + (value == null ? "" : ", 'value': " + value) + "}").assertSuccess(expectedMessage);

            then(api.manageBotUser).should().manage(expectedCommand);
            return data;
        }

        @Test
        void manageUserBan() {
            JsonNode data = manage("ban", null, "User 4242 has been banned.", ManageBotUserCommand.ban(id(USER)));

            assertEquals(Set.of("telegram_id", "status", "traffic_bought_gb", "time_bought_days", "candy_client_name", "kernel"),
                    fieldNames(data));
            assertNumber("4242", data.path("telegram_id"));
            assertEquals("active", data.path("status").asText());
            assertNumber("15.5", data.path("traffic_bought_gb"));
            assertNumber("60", data.path("time_bought_days"));
            assertEquals("tguser_4242", data.path("candy_client_name").asText());
            assertTrue(data.path("kernel").path("applied").booleanValue());
        }

        @Test
        void manageUserUnban() {
            manage("unban", "'ignored'", "User 4242 has been unbanned.", ManageBotUserCommand.unban(id(USER)));
        }

        @Test
        void manageUserUpdateTrafficTakesFractionalGigabytes() {
            manage("update_traffic", "2.5", "User 4242 traffic updated to 2.5 GB.", ManageBotUserCommand.updateTraffic(id(USER), new BigDecimal("2.5")));
        }

        @Test
        void manageUserUpdateTrafficTakesTheValueAsAString() {
            manage("update_traffic", "'20'", "User 4242 traffic updated to 20 GB.", ManageBotUserCommand.updateTraffic(id(USER), new BigDecimal("20")));
        }

        @Test
        void manageUserUpdateTime() {
            manage("update_time", "30", "User 4242 time updated to 30 days.", ManageBotUserCommand.updateTime(id(USER), 30));
        }

        @Test
        void sendMessageToAllQueued() {
            api.givenBotAdmin(ADMIN);
            given(api.broadcast.broadcast(any())).willReturn(new Broadcast(List.of(id(USER), id(77)), new ChatText("Maintenance tonight"), true));

            JsonNode data = admin("send_message_to_all", "{'telegram_id': 1001, 'message': 'Maintenance tonight'}")
                    .assertSuccess("Broadcast message queued.");

            assertEquals(Set.of("target_user_ids", "message", "queued"), fieldNames(data));
            assertEquals(2, data.path("target_user_ids").size());
            assertNumber("4242", data.path("target_user_ids").get(0));
            assertNumber("77", data.path("target_user_ids").get(1));
            assertEquals("Maintenance tonight", data.path("message").asText());
            assertTrue(data.path("queued").booleanValue());
            then(api.broadcast).should().broadcast(new BroadcastCommand(new ChatText("Maintenance tonight")));
        }

        @Test
        void sendMessageToAllPrepared() {
            api.givenBotAdmin(ADMIN);
            given(api.broadcast.broadcast(any())).willReturn(new Broadcast(List.of(), new ChatText("Hello"), false));

            JsonNode data = admin("send_message_to_all", "{'telegram_id': 1001, 'message': 'Hello'}").assertSuccess("Broadcast message prepared.");

            assertEquals(0, data.path("target_user_ids").size());
            assertFalse(data.path("queued").booleanValue());
        }
    }

    // ------------------------------------------------------------------ who may call

    @Nested
    class WhoMayCall {
        @Test
        void aUserEndpointNeedsABearer() {
            api.post("/bot_api/user/register", j("{'telegram_id': 4242}")).assertError(401, "UNAUTHENTICATED");
            api.postWith("wrong-token", "/bot_api/user/register", j("{'telegram_id': 4242}")).assertError(401, "UNAUTHENTICATED");

            api.assertNoUseCaseCalled();
            then(api.checkBotAdmin).shouldHaveNoInteractions();
        }

        @Test
        void aUserEndpointTakesAnApiTokenOrAnAdminSession() {
            given(api.registerBotUser.register(any())).willReturn(new BotUserRegistration(buyer(), false));

            api.postWith(ApiFixture.API_TOKEN, "/bot_api/user/register", j("{'telegram_id': 4242}")).assertSuccess("User already registered.");
            api.postWith(ApiFixture.TOKEN, "/bot_api/user/register", j("{'telegram_id': 4242}")).assertSuccess("User already registered.");
        }

        @Test
        void anAdminEndpointNeedsABearerFirst() {
            api.givenBotAdmin(ADMIN);

            api.post("/bot_api/admin/get_all_users", j("{'telegram_id': 1001}")).assertError(401, "UNAUTHENTICATED");

            then(api.listBotUsers).shouldHaveNoInteractions();
            then(api.checkBotAdmin).should(never()).check(any());
        }

        @Test
        void anAdminEndpointTakesAnApiTokenOrAnAdminSessionForTheAdmin() {
            api.givenBotAdmin(ADMIN);
            given(api.listBotUsers.list()).willReturn(List.of());

            api.postWith(ApiFixture.API_TOKEN, "/bot_api/admin/get_all_users", j("{'telegram_id': 1001}")).assertSuccess("All bot users retrieved.");
            api.postWith(ApiFixture.TOKEN, "/bot_api/admin/get_all_users", j("{'telegram_id': 1001}")).assertSuccess("All bot users retrieved.");

            then(api.listBotUsers).should(times(2)).list();
        }

        @ParameterizedTest
        @ValueSource(strings = {"get_all_users", "get_transactions", "approve_transaction", "reject_transaction", "manage_user",
                "send_message_to_all", "server_control"})
        void aTelegramIdThatIsNotTheAdminIs403AndNothingRuns(String action) {
            api.givenBotAdmin(ADMIN);

            String message = admin(action, "{'telegram_id': 4242, 'admin_telegram_id': 4242, 'order_id': 'ORD-1', 'target_telegram_id': 4242, "
                    + "'action': 'ban', 'message': 'hi', 'resource': 'sync'}").assertError(403, BotAdminGate.NOT_BOT_ADMIN);

            assertEquals("Unauthorized: this Telegram id is not the bot admin.", message);
            then(api.checkBotAdmin).should().check(id(USER));
            api.assertNoUseCaseCalled();
            api.assertNothingAudited();
        }

        @Test
        void withoutAConfiguredAdminNobodyPasses() {
            admin("get_all_users", "{'telegram_id': 1001}").assertError(403, BotAdminGate.NOT_BOT_ADMIN);

            then(api.listBotUsers).shouldHaveNoInteractions();
        }

        @Test
        void adminTelegramIdWinsOverTelegramId() {
            api.givenBotAdmin(ADMIN);
            given(api.listBotUsers.list()).willReturn(List.of());

            admin("get_all_users", "{'admin_telegram_id': 1001, 'telegram_id': 4242}").assertSuccess("All bot users retrieved.");
            admin("get_all_users", "{'admin_telegram_id': 4242, 'telegram_id': 1001}").assertError(403, BotAdminGate.NOT_BOT_ADMIN);
        }

        @Test
        void anAdminEndpointWithoutAnyTelegramIdIs400BeforeTheCheck() {
            api.givenBotAdmin(ADMIN);

            assertEquals("Missing telegram_id.", admin("get_all_users", "{}").assertError(400, "VALIDATION_FAILED"));
            assertEquals("Missing telegram_id.", admin("check_admin", "{'telegram_id': null}").assertError(400, "VALIDATION_FAILED"));
            String invalid = admin("get_all_users", "{'admin_telegram_id': 'root'}").assertError(400, "INVALID_TELEGRAM_ID");

            assertTrue(invalid.contains("'admin_telegram_id'"), invalid);
            then(api.checkBotAdmin).should(never()).check(any());
            api.assertNoUseCaseCalled();
        }

        @Test
        void everyBotRouteIsAPostBehindTheBearer() {
            Set<String> routes = new TreeSet<>();
            api.server().router().routes().stream().filter(route -> route.template().startsWith("/bot_api/")).forEach(route -> {
                assertEquals("POST", route.method(), route::template);
                assertEquals(Router.Access.BEARER, route.access(), route::template);
                routes.add(route.template());
            });
            Set<String> expected = new TreeSet<>();
            USER_PATHS.forEach(path -> expected.add("/bot_api/user/" + path));
            GATED_ADMIN_PATHS.forEach(path -> expected.add("/bot_api/admin/" + path));
            expected.add("/bot_api/admin/check_admin");
            assertEquals(expected, routes);
            api.server().router().routes().stream()
                    .filter(route -> GATED_ADMIN_PATHS.stream().anyMatch(path -> route.template().equals("/bot_api/admin/" + path)))
                    .forEach(route -> assertTrue(route.handler() instanceof BotAdminGate.Guarded, route::template));
        }

        @Test
        void aWrongMethodIs405() {
            api.get("/bot_api/user/register").assertError(405, "METHOD_NOT_ALLOWED");
            api.get("/bot_api/admin/server_control").assertError(405, "METHOD_NOT_ALLOWED");
        }
    }

    // ------------------------------------------------------------------ the adapter refuses bad input

    @Nested
    class Validation {
        @ParameterizedTest
        @ValueSource(strings = {"register", "set_language", "initiate_purchase", "calculate_price", "submit_transaction",
                "buy_traffic_request", "get_license", "account_status", "call_support"})
        void aUserEndpointWithoutTelegramIdIs400(String action) {
            String message = user(action, "{'language': 'fa', 'purchase_type': 'gb', 'quantity': 1, 'order_id': 'A', "
                    + "'card_number_sent': 'x', 'message': 'hi'}").assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing required field 'telegram_id'.", message);
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"'abc'", "-5", "'-5'", "0", "1.5", "true", "[4242]", "{}", "' 4242'", "'4242x'", "1e3",
                "99999999999999999999999"})
        void aTelegramIdThatIsNotAPositiveWholeNumberIs400(String value) {
            String message = user("account_status", "{'telegram_id': " + value + "}").assertError(400, "INVALID_TELEGRAM_ID");

            assertTrue(message.contains("'telegram_id'"), message);
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"'quantity': 1.5|quantity", "'quantity': -1|quantity", "'quantity': 'ten'|quantity",
                "'quantity': 0|quantity", "'quantity': 10001|quantity", "'quantity': true|quantity"})
        void aBadGbQuantityIs400NamingIt(String override) {
            String[] parts = override.split("\\|");

            Reply reply = user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'gb', " + parts[0] + "}");

            assertEquals(400, reply.status(), reply.body());
            assertTrue(reply.json().path("message").asText().contains("'" + parts[1] + "'"), reply.body());
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"'time_quantity': 1.5|time_quantity", "'time_quantity': -2|time_quantity",
                "'time_quantity': 121|time_quantity", "'traffic_quantity': 2.5|traffic_quantity",
                "'traffic_quantity': 10001|traffic_quantity", "'traffic_quantity': 'x'|traffic_quantity",
                "'time_quantity': 0, 'traffic_quantity': 0|traffic_quantity"})
        void aBadCustomQuantityIs400NamingIt(String override) {
            String[] parts = override.split("\\|");

            Reply reply = user("submit_transaction", "{'telegram_id': 4242, 'order_id': 'A1', 'card_number_sent': 'x', "
                    + "'purchase_type': 'custom', " + parts[0] + "}");

            assertEquals(400, reply.status(), reply.body());
            assertTrue(reply.json().path("message").asText().contains("'" + parts[1] + "'"), reply.body());
            api.assertNoUseCaseCalled();
        }

        @Test
        void aMissingQuantityIs400() {
            assertEquals("Missing required field 'quantity'.",
                    user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 'month'}").assertError(400, "VALIDATION_FAILED"));
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"'GB'", "'year'", "''", "'gb '"})
        void aBadPurchaseTypeIs400WithTheOriginalsMessage(String type) {
            String message = user("calculate_price", "{'telegram_id': 4242, 'purchase_type': " + type + ", 'quantity': 1}")
                    .assertError(400, "INVALID_PURCHASE_TYPE");

            assertEquals("Invalid purchase_type. Must be 'gb', 'month', or 'custom'.", message);
            api.assertNoUseCaseCalled();
        }

        @Test
        void aMissingOrIllTypedPurchaseTypeIs400NamingIt() {
            assertEquals("Missing required field 'purchase_type'.",
                    user("calculate_price", "{'telegram_id': 4242, 'quantity': 1}").assertError(400, "VALIDATION_FAILED"));
            assertTrue(user("calculate_price", "{'telegram_id': 4242, 'purchase_type': 1}").assertError(400, "VALIDATION_FAILED")
                    .contains("'purchase_type'"));
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"'de'", "'EN'", "'english'", "''"})
        void aBadLanguageIs400WithTheOriginalsMessage(String language) {
            String message = user("set_language", "{'telegram_id': 4242, 'language': " + language + "}").assertError(400, "UNSUPPORTED_LANGUAGE");

            assertEquals("Unsupported language. Available: 'en', 'fa'", message);
            api.assertNoUseCaseCalled();
        }

        @Test
        void badOrderFieldsAre400NamingThem() {
            String base = "{'telegram_id': 4242, 'purchase_type': 'gb', 'quantity': 1, ";
            assertTrue(user("submit_transaction", base + "'card_number_sent': 'x'}").assertError(400, "VALIDATION_FAILED").contains("'order_id'"));
            assertTrue(user("submit_transaction", base + "'order_id': 'a b', 'card_number_sent': 'x'}").assertError(400, "INVALID_ORDER_ID")
                    .contains("'order_id'"));
            assertTrue(user("submit_transaction", base + "'order_id': 'A1'}").assertError(400, "VALIDATION_FAILED").contains("'card_number_sent'"));
            assertTrue(user("submit_transaction", base + "'order_id': 'A1', 'card_number_sent': 'x\\ny'}").assertError(400, "INVALID_CARD_TEXT")
                    .contains("'card_number_sent'"));
            api.assertNoUseCaseCalled();
        }

        @Test
        void anEmptySupportMessageIs400() {
            assertTrue(user("call_support", "{'telegram_id': 4242, 'message': '   '}").assertError(400, "INVALID_MESSAGE").contains("'message'"));
            assertTrue(user("call_support", "{'telegram_id': 4242}").assertError(400, "VALIDATION_FAILED").contains("'message'"));
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"'status_filter': 'done'|status_filter", "'status_filter': 'ALL'|status_filter", "'status_filter': 1|status_filter",
                "'limit': 501|limit", "'limit': 0|limit", "'limit': -1|limit", "'limit': 1.5|limit", "'offset': -1|offset", "'offset': 'x'|offset"})
        void badTransactionListFieldsAre400NamingThem(String override) {
            api.givenBotAdmin(ADMIN);
            String[] parts = override.split("\\|");

            String message = admin("get_transactions", "{'telegram_id': 1001, " + parts[0] + "}").assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'" + parts[1] + "'"), message);
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"update_traffic", "update_time"})
        void anUpdateWithoutValueIs400(String action) {
            api.givenBotAdmin(ADMIN);

            String message = admin("manage_user", "{'admin_telegram_id': 1001, 'target_telegram_id': 4242, 'action': '" + action + "'}")
                    .assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing required field 'value'.", message);
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"update_traffic|-1", "update_traffic|0", "update_traffic|10001", "update_traffic|'ten'", "update_traffic|'1,5'",
                "update_traffic|true", "update_traffic|0.0001", "update_time|1.5", "update_time|0", "update_time|36501", "update_time|-3",
                "update_time|'a week'"})
        void anUpdateWithABadValueIs400NamingIt(String actionAndValue) {
            api.givenBotAdmin(ADMIN);
            String[] parts = actionAndValue.split("\\|");

            String message = admin("manage_user", "{'admin_telegram_id': 1001, 'target_telegram_id': 4242, 'action': '" + parts[0]
                    + "', 'value': " + parts[1] + "}").assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'value'"), message);
            api.assertNoUseCaseCalled();
        }

        @Test
        void anUnknownManageActionIs400WithItsMessage() {
            api.givenBotAdmin(ADMIN);

            String message = admin("manage_user", "{'admin_telegram_id': 1001, 'target_telegram_id': 4242, 'action': 'delete', 'value': 1}")
                    .assertError(400, "VALIDATION_FAILED");

            assertEquals("Invalid action. Must be 'ban', 'unban', 'update_traffic' or 'update_time'.", message);
            assertTrue(admin("manage_user", "{'admin_telegram_id': 1001, 'action': 'ban'}").assertError(400, "VALIDATION_FAILED")
                    .contains("'target_telegram_id'"));
            api.assertNoUseCaseCalled();
        }

        @Test
        void aDecisionNeedsAValidOrderIdAndNote() {
            api.givenBotAdmin(ADMIN);

            assertTrue(admin("approve_transaction", "{'telegram_id': 1001}").assertError(400, "VALIDATION_FAILED").contains("'order_id'"));
            assertTrue(admin("reject_transaction", "{'telegram_id': 1001, 'order_id': 'A1', 'admin_note': 'bad\\u0000note'}")
                    .assertError(400, "INVALID_ADMIN_NOTE").contains("'admin_note'"));
            assertTrue(admin("reject_transaction", "{'telegram_id': 1001, 'order_id': 'A1', 'admin_note': 5}")
                    .assertError(400, "VALIDATION_FAILED").contains("'admin_note'"));
            api.assertNoUseCaseCalled();
        }
    }

    // ------------------------------------------------------------------ use-case failures

    @Nested
    class Failures {
        @Test
        void anUnknownUserIs404() {
            given(api.accountStatus.status(any())).willThrow(new BotUserNotFoundException(id(USER)));

            user("account_status", "{'telegram_id': 4242}").assertError(404, "BOT_USER_NOT_FOUND");
        }

        @Test
        void anUnknownManagedUserIs404AndNotAudited() {
            api.givenBotAdmin(ADMIN);
            given(api.manageBotUser.manage(any())).willThrow(new BotUserNotFoundException(id(USER)));

            admin("manage_user", "{'admin_telegram_id': 1001, 'target_telegram_id': 4242, 'action': 'ban'}").assertError(404, "BOT_USER_NOT_FOUND");

            api.assertNothingAudited();
        }

        @Test
        void anOrderNoLongerPendingIs409AndNotAudited() {
            api.givenBotAdmin(ADMIN);
            given(api.approveOrder.approve(any())).willThrow(new RuleViolationException("TRANSACTION_NOT_PENDING",
                    "Transaction ORD-1 is not pending; it has already been approved."));

            admin("approve_transaction", "{'telegram_id': 1001, 'order_id': 'ORD-1'}").assertError(409, "TRANSACTION_NOT_PENDING");

            api.assertNothingAudited();
        }

        @Test
        void anUnknownOrderIs404() {
            api.givenBotAdmin(ADMIN);
            given(api.rejectOrder.reject(any())).willThrow(new TransactionNotFoundException(new OrderId("ORD-9")));

            admin("reject_transaction", "{'telegram_id': 1001, 'order_id': 'ORD-9'}").assertError(404, "TRANSACTION_NOT_FOUND");
        }

        @Test
        void aReusedOrderIdIs409() {
            given(api.submitOrder.submit(any())).willThrow(new RuleViolationException("ORDER_ID_TAKEN", "Order id ORD-1 was already submitted."));

            user("submit_transaction", "{'telegram_id': 4242, 'order_id': 'ORD-1', 'card_number_sent': 'x', 'purchase_type': 'gb', "
                    + "'quantity': 1}").assertError(409, "ORDER_ID_TAKEN");
        }

        @Test
        void noLicenseIs404AndABannedUserIs409() {
            given(api.license.license(any())).willThrow(new NoActiveLicenseException(id(USER)))
                    .willThrow(new RuleViolationException("USER_BANNED", "User 4242 is banned. Please contact support."));

            user("get_license", "{'telegram_id': 4242}").assertError(404, "NO_ACTIVE_LICENSE");
            user("get_license", "{'telegram_id': 4242}").assertError(409, "USER_BANNED");
        }

        @Test
        void supportWithoutAnAdminIs409() {
            given(api.callSupport.call(any())).willThrow(new RuleViolationException("SUPPORT_UNAVAILABLE", "Support is unavailable."));

            user("call_support", "{'telegram_id': 4242, 'message': 'help'}").assertError(409, "SUPPORT_UNAVAILABLE");
        }
    }

    // ------------------------------------------------------------------ server_control

    @Nested
    class ServerControl {
        @Test
        void isTheVeryDispatcherOfApiManageBehindTheGate() {
            Router router = api.server().router();
            Object manage = router.routes().stream().filter(r -> r.template().equals("/api/manage")).findFirst().orElseThrow().handler();
            Object control = router.routes().stream().filter(r -> r.template().equals("/bot_api/admin/server_control")).findFirst()
                    .orElseThrow().handler();

            assertSame(manage, ((BotAdminGate.Guarded) control).inner());
        }

        @Test
        void aSyncTriggerRunsTheSyncAndIsAuditedAsTheDispatcherDoes() {
            api.givenBotAdmin(ADMIN);
            given(api.sync.sync()).willReturn(Samples.syncReport());

            JsonNode data = admin("server_control", "{'admin_telegram_id': 1001, 'resource': 'sync', 'action': 'trigger'}")
                    .assertSuccess("Synchronization process initiated successfully.");

            assertEquals(17, data.path("peers_read").asInt());
            then(api.sync).should().sync();
            AuditEntry entry = api.recordedAudit();
            assertEquals("sync.trigger", entry.action());
            assertEquals("token:ci", entry.actor());
        }

        @Test
        void aClientConfigComesFromTheSameUseCaseAsApiManage() {
            api.givenBotAdmin(ADMIN);
            given(api.getClientConfig.config(new GetClientConfigQuery(new ClientName("alice")))).willReturn(CONFIG);

            JsonNode viaBot = admin("server_control", "{'admin_telegram_id': 1001, 'resource': 'client', 'action': 'get_config', "
                    + "'data': {'name': 'alice'}}").assertSuccess("Client config retrieved successfully.");
            JsonNode viaManage = api.manage(j("{'resource': 'client', 'action': 'get_config', 'data': {'name': 'alice'}}"))
                    .assertSuccess("Client config retrieved successfully.");

            assertEquals(viaManage, viaBot);
            then(api.getClientConfig).should(times(2)).config(new GetClientConfigQuery(new ClientName("alice")));
        }

        @Test
        void answersAsApiManageDoesForAnUnknownResource() {
            api.givenBotAdmin(ADMIN);

            admin("server_control", "{'admin_telegram_id': 1001, 'resource': 'nuke', 'action': 'all'}").assertError(404, "UNKNOWN_RESOURCE");
        }

        @Test
        void isRefusedForANonAdmin() {
            api.givenBotAdmin(ADMIN);

            admin("server_control", "{'admin_telegram_id': 4242, 'resource': 'sync', 'action': 'trigger'}")
                    .assertError(403, BotAdminGate.NOT_BOT_ADMIN);

            then(api.sync).shouldHaveNoInteractions();
            api.assertNothingAudited();
        }
    }

    // ------------------------------------------------------------------ audit

    @Nested
    class Audit {
        @Test
        void anApprovalIsAuditedWithoutTheConfig() {
            api.givenBotAdmin(ADMIN);
            given(api.approveOrder.approve(any())).willReturn(new ApprovedOrder(
                    transaction("ORD-1", Purchase.gb(10), "40000", TransactionStatus.APPROVED, ""), buyer(), Samples.client("tguser_4242"),
                    true, CONFIG, KernelOutcome.applied("peer added")));

            admin("approve_transaction", "{'telegram_id': 1001, 'order_id': 'ORD-1'}")
                    .assertSuccess("Transaction ORD-1 approved. Client 'tguser_4242' created in CandyPanel.");

            AuditEntry entry = api.recordedAudit();
            assertEquals("bot.approve_transaction", entry.action());
            assertEquals("ORD-1", entry.target());
            assertEquals("token:ci", entry.actor());
            assertEquals("approved by Telegram admin 1001; buyer 4242; client 'tguser_4242' created", entry.detail());
            assertFalse(entry.toString().contains("secret-key"), entry::toString);
        }

        @Test
        void aRejectionIsAudited() {
            api.givenBotAdmin(ADMIN);
            given(api.rejectOrder.reject(any())).willReturn(transaction("ORD-3", Purchase.gb(1), "4000", TransactionStatus.REJECTED, ""));

            api.postWith(ApiFixture.TOKEN, "/bot_api/admin/reject_transaction", j("{'telegram_id': 1001, 'order_id': 'ORD-3'}"))
                    .assertSuccess("Transaction ORD-3 rejected.");

            AuditEntry entry = api.recordedAudit();
            assertEquals("bot.reject_transaction", entry.action());
            assertEquals("ORD-3", entry.target());
            assertEquals("admin:admin", entry.actor());
            assertEquals("rejected by Telegram admin 1001; buyer 4242", entry.detail());
        }

        @Test
        void aUserChangeIsAuditedWithTheTargetUser() {
            api.givenBotAdmin(ADMIN);
            given(api.manageBotUser.manage(any())).willReturn(new ManagedBotUser(buyer(), Optional.empty(), KernelOutcome.applied("none")));

            admin("manage_user", "{'admin_telegram_id': 1001, 'target_telegram_id': 4242, 'action': 'update_traffic', 'value': 12.5}")
                    .assertSuccess("User 4242 traffic updated to 12.5 GB.");

            AuditEntry entry = api.recordedAudit();
            assertEquals("bot.manage_user", entry.action());
            assertEquals("4242", entry.target());
            assertEquals("traffic set to 12.5 GB by Telegram admin 1001", entry.detail());
        }

        @Test
        void aBroadcastIsAudited() {
            api.givenBotAdmin(ADMIN);
            given(api.broadcast.broadcast(any())).willReturn(new Broadcast(List.of(id(USER)), new ChatText("Hello"), true));

            admin("send_message_to_all", "{'telegram_id': 1001, 'message': 'Hello'}").assertSuccess("Broadcast message queued.");

            AuditEntry entry = api.recordedAudit();
            assertEquals("bot.send_message_to_all", entry.action());
            assertEquals("", entry.target());
            assertEquals("broadcast to 1 users (queued) by Telegram admin 1001", entry.detail());
        }

        @Test
        void readsAreNotAudited() {
            api.givenBotAdmin(ADMIN);
            given(api.listBotUsers.list()).willReturn(List.of());
            given(api.listOrders.list(any())).willReturn(new OrderPage(List.of(), 0));
            given(api.registerBotUser.register(any())).willReturn(new BotUserRegistration(buyer(), false));

            admin("check_admin", "{'telegram_id': 1001}").assertSuccess("Admin status checked.");
            admin("get_all_users", "{'telegram_id': 1001}").assertSuccess("All bot users retrieved.");
            admin("get_transactions", "{'telegram_id': 1001}").assertSuccess("Transactions retrieved.");
            user("register", "{'telegram_id': 4242}").assertSuccess("User already registered.");

            api.assertNothingAudited();
        }
    }
}
