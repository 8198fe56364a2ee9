package io.candypanel.application.service.order;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.InMemoryTransactionRepository;
import io.candypanel.application.fakes.RecordingNotificationPort;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.order.ApprovedOrder;
import io.candypanel.application.port.in.order.DecideOrderCommand;
import io.candypanel.application.port.in.order.TransactionNotFoundException;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.BotUserStatus;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApproveAndRejectOrderServicesTest {
    private static final long GIB = 1L << 30;
    private static final long TIB = 1L << 40;
    private static final TelegramId USER = new TelegramId(42);
    private static final PriceList PRICES = PriceList.parse("{\"1GB\": 4000, \"1Month\": 75000}");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryBotUserRepository botUsers = new InMemoryBotUserRepository();
    private final InMemoryTransactionRepository transactions = new InMemoryTransactionRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final RecordingNotificationPort notifications = new RecordingNotificationPort();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        settings.saveAll(Map.of(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com", SettingKey.DNS, "1.1.1.1",
                SettingKey.INSTALLED, "1"));
        botUsers.insert(BotUser.create(USER, NOW.minus(Duration.ofDays(10))));
    }

    private ApproveOrderService service(UnitOfWorkPort unitOfWork) {
        return new ApproveOrderService(unitOfWork, transactions, botUsers, clients, interfaces, settings, TestData.KEYS,
                TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock), notifications, clock);
    }

    private ApproveOrderService service() {
        return service(new DirectUnitOfWork());
    }

    private RejectOrderService rejecting() {
        return new RejectOrderService(new DirectUnitOfWork(), transactions, notifications, clock);
    }

    private void order(String orderId, Purchase purchase) {
        transactions.insert(Transaction.create(new OrderId(orderId), USER, purchase, PRICES, new CardText("6037"),
                NOW.minus(Duration.ofHours(1))));
    }

    private static DecideOrderCommand decide(String orderId, String note) {
        return new DecideOrderCommand(new OrderId(orderId), note);
    }

    private void linkUserTo(String clientName) {
        BotUser user = botUsers.stored(42).orElseThrow();
        user.linkClient(new ClientName(clientName));
        botUsers.update(user);
    }

    @Test
    void theFirstApprovalCreatesTheClientOnTheDefaultInterfaceLinksItAndAddsThePeer() {
        order("ORD-1", Purchase.gb(10));

        ApprovedOrder approved = service().approve(decide("ORD-1", "paid"));

        assertTrue(approved.clientCreated());
        assertEquals("tguser_42", approved.client().name().value());
        Client stored = clients.stored("tguser_42").orElseThrow();
        assertEquals(new InterfaceId(0), stored.interfaceId());
        assertEquals(NOW.plus(Duration.ofDays(365)), stored.expiresAt());
        assertEquals(new Quota(10 * GIB), stored.quota());
        assertTrue(stored.isEnabled());
        assertEquals("Bot User: 42 - Order: ORD-1", stored.note());
        BotUser user = botUsers.stored(42).orElseThrow();
        assertEquals(new ClientName("tguser_42"), user.clientName().orElseThrow());
        assertEquals(10 * 1024, user.trafficBoughtMib());
        Transaction order = transactions.stored("ORD-1").orElseThrow();
        assertEquals(TransactionStatus.APPROVED, order.status());
        assertEquals(NOW, order.decidedAt().orElseThrow());
        assertEquals("paid", order.adminNote());
        assertEquals(ClientConfigRenderer.render(stored, wg0, settings.load()), approved.config());
        assertTrue(approved.kernel().applied());
        assertEquals(List.of("tguser_42"),
                wireGuard.calls(RecordingWireGuard.ADD_PEER).stream().map(RecordingWireGuard.Call::peer).toList());
        assertEquals(1, notifications.approved().size());
        RecordingNotificationPort.Approval told = notifications.approved().get(0);
        assertEquals(new OrderId("ORD-1"), told.order().orderId());
        assertEquals(TransactionStatus.APPROVED, told.order().status());
        assertEquals(approved.config(), told.config());
    }

    @Test
    void aClientCreatedOnADualStackInterfaceGetsAnIpv6AddressToo() {
        WgInterface dualStack = TestData.wgInterface(3, "10.0.3.1/24", 51823);
        dualStack.assignIpv6Range(Ipv6Cidr.parse("fd42:42:43::1/64"));
        interfaces.insert(dualStack);
        settings.saveAll(Map.of(SettingKey.BOT_DEFAULT_INTERFACE, "3"));
        order("ORD-6", Purchase.gb(1));

        ApprovedOrder approved = service().approve(decide("ORD-6", null));

        assertEquals("fd42:42:43::2", approved.client().ipv6Address().orElseThrow().toString());
        assertTrue(approved.config().contains("Address = 10.0.3.2/32, fd42:42:43::2/128\n"), approved.config());
    }

    @Test
    void aFailedNotificationDoesNotUndoTheApproval() {
        order("ORD-1", Purchase.gb(1));
        notifications.failWith(new IllegalStateException("telegram unreachable"));

        ApprovedOrder approved = service().approve(decide("ORD-1", null));

        assertEquals(TransactionStatus.APPROVED, transactions.stored("ORD-1").orElseThrow().status());
        assertTrue(clients.stored("tguser_42").isPresent());
        assertTrue(approved.kernel().applied());
    }

    @Test
    void theClientGoesToTheInterfaceOfTheBotDefaultInterfaceSetting() {
        WgInterface wg1 = TestData.wgInterface(1, "10.0.1.1/24", 51821);
        interfaces.insert(wg1);
        settings.saveAll(Map.of(SettingKey.BOT_DEFAULT_INTERFACE, "1"));
        order("ORD-1", Purchase.months(1));

        ApprovedOrder approved = service().approve(decide("ORD-1", null));

        assertEquals(new InterfaceId(1), approved.client().interfaceId());
        assertEquals(NOW.plus(Duration.ofDays(30)), approved.client().expiresAt());
        assertEquals(new Quota(TIB), approved.client().quota());
        assertEquals(30, botUsers.stored(42).orElseThrow().daysBought());
    }

    @Test
    void aMissingDefaultInterfaceApprovesNothing() {
        settings.saveAll(Map.of(SettingKey.BOT_DEFAULT_INTERFACE, "5"));
        order("ORD-1", Purchase.gb(1));

        assertThrows(InterfaceNotFoundException.class, () -> service().approve(decide("ORD-1", null)));

        assertTrue(transactions.stored("ORD-1").orElseThrow().isPending());
        assertEquals(0, clients.count());
        assertTrue(botUsers.stored(42).orElseThrow().clientName().isEmpty());
    }

    @Test
    void aTakenNameGetsTheEpochSecondsSuffix() {
        clients.insert(TestData.enabledClient("tguser_42", 0, "10.0.0.2"));
        order("ORD-1", Purchase.gb(1));

        ApprovedOrder approved = service().approve(decide("ORD-1", null));

        assertEquals("tguser_42_" + NOW.getEpochSecond(), approved.client().name().value());
        assertEquals(approved.client().name(), botUsers.stored(42).orElseThrow().clientName().orElseThrow());
        assertEquals(2, clients.count());
    }

    @Test
    void aLinkedClientIsExtendedWithoutTouchingTheKernel() {
        clients.insert(TestData.client("mine", 0, "10.0.0.2", IN_30_DAYS, new Quota(5 * GIB), new Usage(GIB, 0), true,
                null, false));
        linkUserTo("mine");
        order("ORD-1", Purchase.custom(1, 3));

        ApprovedOrder approved = service().approve(decide("ORD-1", null));

        assertFalse(approved.clientCreated());
        Client stored = clients.stored("mine").orElseThrow();
        assertEquals(IN_30_DAYS.plus(Duration.ofDays(30)), stored.expiresAt());
        assertEquals(new Quota(8 * GIB), stored.quota());
        assertEquals(1, clients.count());
        assertTrue(wireGuard.changes().isEmpty());
        assertEquals(ClientConfigRenderer.render(stored, wg0, settings.load()), approved.config());
        BotUser user = botUsers.stored(42).orElseThrow();
        assertEquals(3 * 1024, user.trafficBoughtMib());
        assertEquals(30, user.daysBought());
    }

    @Test
    void aLinkedClientDisabledBecauseItExpiredIsReEnabledAndItsPeerAdded() {
        Instant expired = NOW.minus(Duration.ofDays(1));
        clients.insert(TestData.client("mine", 0, "10.0.0.2", expired, new Quota(5 * GIB), Usage.NONE, false,
                DisabledReason.EXPIRED, false));
        linkUserTo("mine");
        order("ORD-1", Purchase.gb(5));

        service().approve(decide("ORD-1", null));

        Client stored = clients.stored("mine").orElseThrow();
        assertTrue(stored.isEnabled());
        assertEquals(NOW.plus(Duration.ofDays(365)), stored.expiresAt());
        assertEquals(new Quota(10 * GIB), stored.quota());
        assertEquals(1, wireGuard.calls(RecordingWireGuard.ADD_PEER).size());
    }

    @Test
    void aLinkedClientOverQuotaIsReEnabledWithTheBoughtTrafficOnTopOfItsUsage() {
        clients.insert(TestData.client("mine", 0, "10.0.0.2", IN_30_DAYS, new Quota(5 * GIB), new Usage(8 * GIB, 0), false,
                DisabledReason.QUOTA, false));
        linkUserTo("mine");
        order("ORD-1", Purchase.gb(2));

        service().approve(decide("ORD-1", null));

        Client stored = clients.stored("mine").orElseThrow();
        assertTrue(stored.isEnabled());
        assertEquals(new Quota(10 * GIB), stored.quota());
        assertEquals(1, wireGuard.calls(RecordingWireGuard.ADD_PEER).size());
    }

    @Test
    void aLinkedClientTheAdminDisabledStaysDisabled() {
        clients.insert(TestData.disabledClient("mine", 0, "10.0.0.2", DisabledReason.MANUAL));
        linkUserTo("mine");
        order("ORD-1", Purchase.months(1));

        ApprovedOrder approved = service().approve(decide("ORD-1", null));

        assertFalse(clients.stored("mine").orElseThrow().isEnabled());
        assertFalse(approved.client().isEnabled());
        assertTrue(wireGuard.changes().isEmpty());
    }

    @Test
    void aLinkedClientThatWasDeletedIsCreatedAgain() {
        linkUserTo("gone");
        order("ORD-1", Purchase.gb(1));

        ApprovedOrder approved = service().approve(decide("ORD-1", null));

        assertTrue(approved.clientCreated());
        assertEquals(new ClientName("tguser_42"), botUsers.stored(42).orElseThrow().clientName().orElseThrow());
    }

    @Test
    void aBannedUsersOrderIsNotApprovedAndTheUserStaysBanned() {
        order("ORD-1", Purchase.gb(1));
        BotUser user = botUsers.stored(42).orElseThrow();
        user.ban();
        botUsers.update(user);

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service().approve(decide("ORD-1", null)));

        assertEquals("USER_BANNED", e.code());
        assertEquals(BotUserStatus.BANNED, botUsers.stored(42).orElseThrow().status());
        assertTrue(transactions.stored("ORD-1").orElseThrow().isPending());
        assertEquals(0, clients.count());
        assertTrue(wireGuard.changes().isEmpty());
    }

    @Test
    void approvingTwiceIsRefusedAndCreatesNothingMore() {
        order("ORD-1", Purchase.gb(1));
        ApproveOrderService service = service();
        service.approve(decide("ORD-1", null));

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.approve(decide("ORD-1", null)));

        assertEquals("TRANSACTION_NOT_PENDING", e.code());
        assertEquals(1, clients.count());
        assertEquals(1024, botUsers.stored(42).orElseThrow().trafficBoughtMib());
        assertEquals(1, wireGuard.calls(RecordingWireGuard.ADD_PEER).size());
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertEquals("TRANSACTION_NOT_FOUND", assertThrows(TransactionNotFoundException.class,
                () -> service().approve(decide("NOPE", null))).code());
        assertThrows(TransactionNotFoundException.class, () -> rejecting().reject(decide("NOPE", null)));
    }

    @Test
    void aRejectedOrderIsMarkedAndCannotBeDecidedAgain() {
        order("ORD-1", Purchase.gb(1));
        ApproveOrderService service = service();

        Transaction rejected = rejecting().reject(decide("ORD-1", "no payment seen"));

        assertEquals(TransactionStatus.REJECTED, rejected.status());
        Transaction stored = transactions.stored("ORD-1").orElseThrow();
        assertEquals(TransactionStatus.REJECTED, stored.status());
        assertEquals("no payment seen", stored.adminNote());
        assertEquals(NOW, stored.decidedAt().orElseThrow());
        assertEquals(List.of(new OrderId("ORD-1")), notifications.rejected().stream().map(Transaction::orderId).toList());
        assertEquals("TRANSACTION_NOT_PENDING",
                assertThrows(RuleViolationException.class, () -> rejecting().reject(decide("ORD-1", null))).code());
        assertEquals("TRANSACTION_NOT_PENDING",
                assertThrows(RuleViolationException.class, () -> service.approve(decide("ORD-1", null))).code());
        assertEquals(0, clients.count());
    }

    @Test
    void ofTwoConcurrentApprovalsOfOneOrderExactlyOneWins() throws Exception {
        order("ORD-1", Purchase.gb(1));
        ApproveOrderService service = service(new InMemoryTransactionRepository.SerialUnitOfWork());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApprovedOrder>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return service.approve(decide("ORD-1", null));
                }));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<ApprovedOrder> result : results) {
                try {
                    result.get(10, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof RuleViolationException, e.getCause().toString());
                    assertEquals("TRANSACTION_NOT_PENDING", ((RuleViolationException) e.getCause()).code());
                    refused++;
                }
            }
            assertEquals(1, won);
            assertEquals(1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, clients.count());
        assertEquals(1024, botUsers.stored(42).orElseThrow().trafficBoughtMib());
        assertEquals(TransactionStatus.APPROVED, transactions.stored("ORD-1").orElseThrow().status());
        assertEquals(1, wireGuard.calls(RecordingWireGuard.ADD_PEER).size());
    }

    @Test
    void theCommandChecksTheNote() {
        assertThrows(NullPointerException.class, () -> new DecideOrderCommand(null, "x"));
        assertEquals("", new DecideOrderCommand(new OrderId("A"), null).adminNote());
        assertThrows(RuntimeException.class, () -> new DecideOrderCommand(new OrderId("A"), "bad\u0000note"));
    }
}
