package io.candypanel.application.service.order;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.application.fakes.InMemoryTransactionRepository;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.PriceList;
import io.candypanel.domain.transaction.Transaction;
import io.candypanel.domain.transaction.TransactionStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake of {@code TransactionRepositoryPort} pages as the port promises: filter, newest first. */
class InMemoryTransactionRepositoryPagingTest {
    @Test
    void pagesFilteredOrdersNewestFirstAndCountsThem() {
        InMemoryTransactionRepository transactions = new InMemoryTransactionRepository();
        PriceList prices = PriceList.parse("{\"1GB\": 1}");
        for (int i = 1; i <= 4; i++) {
            Transaction order = Transaction.create(new OrderId("O" + i), new TelegramId(1), Purchase.gb(1), prices,
                    new CardText("c"), NOW.plusSeconds(i));
            if (i == 2) {
                order.reject(NOW.plusSeconds(10), null);
            }
            transactions.insert(order);
        }

        assertEquals(List.of("O4", "O3"), ids(transactions.findPage(Optional.of(TransactionStatus.PENDING), 0, 2)));
        assertEquals(List.of("O1"), ids(transactions.findPage(Optional.of(TransactionStatus.PENDING), 2, 2)));
        assertEquals(List.of("O4", "O3", "O2", "O1"), ids(transactions.findPage(Optional.empty(), 0, 10)));
        assertEquals(3, transactions.count(Optional.of(TransactionStatus.PENDING)));
        assertEquals(1, transactions.count(Optional.of(TransactionStatus.REJECTED)));
        assertEquals(4, transactions.count(Optional.empty()));
    }

    private static List<String> ids(List<Transaction> page) {
        return page.stream().map(t -> t.orderId().value()).toList();
    }
}
