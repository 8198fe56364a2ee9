package io.candypanel.application.service.order;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.InMemoryTransactionRepository;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.order.ListOrdersQuery;
import io.candypanel.application.port.in.order.OrderPage;
import io.candypanel.application.port.in.order.PurchaseOptions;
import io.candypanel.application.port.in.order.PurchaseOptionsQuery;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurchaseOptionsAndOrderListServicesTest {
    private static final TelegramId USER = new TelegramId(42);
    private static final PriceList PRICES = PriceList.parse("{\"1GB\": 4000, \"1Month\": 75000}");

    private final InMemoryBotUserRepository botUsers = new InMemoryBotUserRepository();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryTransactionRepository transactions = new InMemoryTransactionRepository();
    private final ShowPurchaseOptionsService options = new ShowPurchaseOptionsService(botUsers, settings);
    private final ListOrdersService listing = new ListOrdersService(new DirectUnitOfWork(), transactions);

    @Test
    void theOptionsAreTheCardAndThePrices() {
        botUsers.insert(BotUser.create(USER, NOW));
        settings.saveAll(Map.of(SettingKey.ADMIN_CARD_NUMBER, "6037-9911-0000-1234",
                SettingKey.PRICES, "{\"1GB\": 5000, \"1Month\": 90000.5}"));

        PurchaseOptions shown = options.show(new PurchaseOptionsQuery(USER));

        assertEquals("6037-9911-0000-1234", shown.adminCardNumber());
        assertEquals(Money.of("5000"), shown.prices().pricePerGb());
        assertEquals(Money.of("90000.5"), shown.prices().pricePerMonth());
    }

    @Test
    void strangersAndBannedUsersSeeNoOptions() {
        assertThrows(BotUserNotFoundException.class, () -> options.show(new PurchaseOptionsQuery(USER)));
        BotUser banned = BotUser.create(USER, NOW);
        banned.ban();
        botUsers.insert(banned);
        assertEquals("USER_BANNED",
                assertThrows(RuleViolationException.class, () -> options.show(new PurchaseOptionsQuery(USER))).code());
    }

    @Test
    void ordersArePagedNewestFirstWithTheTotalOfTheFilter() {
        for (int i = 1; i <= 5; i++) {
            Transaction order = Transaction.create(new OrderId("ORD-" + i), USER, Purchase.gb(i), PRICES, new CardText("card"),
                    NOW.plusSeconds(i));
            if (i % 2 == 0) {
                order.approve(NOW.plusSeconds(100), "ok");
            }
            transactions.insert(order);
        }

        OrderPage firstTwo = listing.list(new ListOrdersQuery(Optional.empty(), 0, 2));
        assertEquals(List.of("ORD-5", "ORD-4"), ids(firstTwo));
        assertEquals(5, firstTwo.total());
        assertEquals(List.of("ORD-1"), ids(listing.list(new ListOrdersQuery(Optional.empty(), 4, 2))));

        OrderPage pending = listing.list(new ListOrdersQuery(Optional.of(TransactionStatus.PENDING), 0, 10));
        assertEquals(List.of("ORD-5", "ORD-3", "ORD-1"), ids(pending));
        assertEquals(3, pending.total());
        assertEquals(List.of(), ids(listing.list(new ListOrdersQuery(Optional.of(TransactionStatus.REJECTED), 0, 10))));
    }

    @Test
    void theQueryChecksItsBounds() {
        assertThrows(IllegalArgumentException.class, () -> new ListOrdersQuery(Optional.empty(), -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new ListOrdersQuery(Optional.empty(), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ListOrdersQuery(Optional.empty(), 0, ListOrdersQuery.MAX_LIMIT + 1));
    }

    private static List<String> ids(OrderPage page) {
        return page.orders().stream().map(o -> o.orderId().value()).toList();
    }
}
