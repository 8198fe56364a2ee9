package io.candypanel.application.service.order;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.InMemoryTransactionRepository;
import io.candypanel.application.fakes.RecordingNotificationPort;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.order.QuoteQuery;
import io.candypanel.application.port.in.order.SubmitOrderCommand;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuoteAndSubmitOrderServicesTest {
    private static final TelegramId USER = new TelegramId(42);
    private static final CardText CARD = new CardText("6037-9911-0000-1234");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryBotUserRepository botUsers = new InMemoryBotUserRepository();
    private final InMemoryTransactionRepository transactions = new InMemoryTransactionRepository();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingNotificationPort notifications = new RecordingNotificationPort();
    private final QuoteOrderService quoting = new QuoteOrderService(botUsers, settings);
    private final SubmitOrderService submitting =
            new SubmitOrderService(unitOfWork, botUsers, transactions, settings, notifications, clock);

    @BeforeEach
    void setUp() {
        settings.saveAll(Map.of(SettingKey.PRICES, "{\"1GB\": 4000, \"1Month\": 75000}"));
        botUsers.insert(BotUser.create(USER, NOW));
    }

    private void ban() {
        BotUser user = botUsers.stored(42).orElseThrow();
        user.ban();
        botUsers.update(user);
    }

    @Test
    void quotesEachKindFromThePriceList() {
        assertEquals(Money.of("40000"), quoting.quote(new QuoteQuery(USER, Purchase.gb(10))));
        assertEquals(Money.of("150000"), quoting.quote(new QuoteQuery(USER, Purchase.months(2))));
        assertEquals(Money.of("162000"), quoting.quote(new QuoteQuery(USER, Purchase.custom(2, 3))));
        assertEquals(Money.of("12000"), quoting.quote(new QuoteQuery(USER, Purchase.custom(0, 3))));
    }

    @Test
    void aUnitWithoutAPriceCannotBeQuoted() {
        settings.saveAll(Map.of(SettingKey.PRICES, "{\"1GB\": 4000}"));

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> quoting.quote(new QuoteQuery(USER, Purchase.months(1))));
        assertEquals("PRICE_NOT_CONFIGURED", e.code());
        assertEquals(Money.of("8000"), quoting.quote(new QuoteQuery(USER, Purchase.gb(2))));
    }

    @Test
    void anUnregisteredUserCannotQuoteOrOrder() {
        TelegramId stranger = new TelegramId(7);
        assertThrows(BotUserNotFoundException.class, () -> quoting.quote(new QuoteQuery(stranger, Purchase.gb(1))));
        assertThrows(BotUserNotFoundException.class,
                () -> submitting.submit(new SubmitOrderCommand(stranger, new OrderId("A1"), Purchase.gb(1), CARD)));
        assertEquals(0, transactions.count(Optional.empty()));
        assertTrue(notifications.nothingSent());
    }

    @Test
    void aBannedUserCannotQuoteOrOrder() {
        ban();

        assertEquals("USER_BANNED", assertThrows(RuleViolationException.class,
                () -> quoting.quote(new QuoteQuery(USER, Purchase.gb(1)))).code());
        assertEquals("USER_BANNED", assertThrows(RuleViolationException.class,
                () -> submitting.submit(new SubmitOrderCommand(USER, new OrderId("A1"), Purchase.gb(1), CARD))).code());
        assertEquals(0, transactions.count(Optional.empty()));
        assertTrue(notifications.nothingSent());
    }

    @Test
    void anOrderIsStoredPendingWithTheAmountComputedByTheServerAndTheAdminIsTold() {
        Transaction order = submitting.submit(new SubmitOrderCommand(USER, new OrderId("REF-123"), Purchase.custom(1, 5), CARD));

        assertEquals(TransactionStatus.PENDING, order.status());
        assertEquals(Money.of("95000"), order.amount());
        Transaction stored = transactions.stored("REF-123").orElseThrow();
        assertEquals(TransactionStatus.PENDING, stored.status());
        assertEquals(Money.of("95000"), stored.amount());
        assertEquals(USER, stored.telegramId());
        assertEquals(NOW, stored.requestedAt());
        assertEquals(CARD, stored.cardText());
        assertEquals(1, notifications.placed().size());
        Transaction told = notifications.placed().get(0);
        assertEquals(new OrderId("REF-123"), told.orderId());
        assertEquals(USER, told.telegramId());
        assertEquals(Money.of("95000"), told.amount());
    }

    @Test
    void aReusedOrderIdIsRefusedAndTheFirstOrderIsKept() {
        submitting.submit(new SubmitOrderCommand(USER, new OrderId("REF-1"), Purchase.gb(1), CARD));

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> submitting.submit(new SubmitOrderCommand(USER, new OrderId("REF-1"), Purchase.gb(50), CARD)));

        assertEquals("ORDER_ID_TAKEN", e.code());
        assertEquals(Money.of("4000"), transactions.stored("REF-1").orElseThrow().amount());
        assertEquals(1, transactions.count(Optional.empty()));
        assertEquals(1, notifications.placed().size());
    }

    @Test
    void aFailedNotificationDoesNotFailTheOrder() {
        notifications.failWith(new IllegalStateException("telegram unreachable"));

        Transaction order = submitting.submit(new SubmitOrderCommand(USER, new OrderId("REF-9"), Purchase.months(1), CARD));

        assertEquals(TransactionStatus.PENDING, order.status());
        assertTrue(transactions.existsByOrderId(new OrderId("REF-9")));
    }

    @Test
    void anOrderWithoutAPriceIsNotStored() {
        settings.saveAll(Map.of(SettingKey.PRICES, "{\"1Month\": 75000}"));

        assertThrows(RuleViolationException.class,
                () -> submitting.submit(new SubmitOrderCommand(USER, new OrderId("REF-2"), Purchase.gb(1), CARD)));
        assertEquals(0, transactions.count(Optional.empty()));
    }

    @Test
    void commandsRefuseMissingParts() {
        assertThrows(NullPointerException.class, () -> new QuoteQuery(USER, null));
        assertThrows(NullPointerException.class, () -> new SubmitOrderCommand(USER, null, Purchase.gb(1), CARD));
        assertThrows(NullPointerException.class, () -> new SubmitOrderCommand(USER, new OrderId("A"), Purchase.gb(1), null));
    }
}
