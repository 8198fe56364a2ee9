package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static io.candypanel.application.contract.ContractData.assertSameUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.BotUserStatus;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.ClientName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code BotUserRepositoryPort}: every field round-trips; Telegram ids and linked
 * client names are unique (any number of users without a client); {@code findAll} is oldest
 * registration first, ties by Telegram id; updating an unknown user is
 * {@link BotUserNotFoundException}; an insert in a transaction that rolls back is not kept.
 */
public abstract class BotUserRepositoryContract extends StorageContract {
    private BotUserRepositoryPort users;

    @BeforeEach
    public final void repository() {
        users = ports().botUsers();
    }

    @Test
    public void aUserRoundTripsWithEveryField() {
        BotUser user = BotUser.restore(new TelegramId(4_503_599_627_370_495L), Optional.of(new ClientName("alice")),
                1536, 90, BotUserStatus.BANNED, Language.FA, T0);

        users.insert(user);

        assertSameUser(user, users.findByTelegramId(user.telegramId()).orElseThrow());
    }

    @Test
    public void aNewUserWithoutAClientRoundTrips() {
        BotUser user = BotUser.create(new TelegramId(42), T0);

        users.insert(user);

        BotUser stored = users.findByTelegramId(new TelegramId(42)).orElseThrow();
        assertSameUser(user, stored);
        assertEquals(Optional.empty(), stored.clientName());
        assertEquals(Optional.empty(), users.findByTelegramId(new TelegramId(43)));
    }

    @Test
    public void anUpdateSavesEveryMutableField() {
        BotUser user = BotUser.create(new TelegramId(7), T0);
        users.insert(user);

        user.linkClient(new ClientName("bob"));
        user.recordPurchase(Purchase.custom(2, 5));
        user.changeLanguage(Language.FA);
        user.ban();
        users.update(user);

        BotUser stored = users.findByTelegramId(user.telegramId()).orElseThrow();
        assertSameUser(user, stored);
        assertEquals(5 * 1024, stored.trafficBoughtMib());
        assertEquals(60, stored.daysBought());
    }

    @Test
    public void aLoadedUserIsACopyUntilItIsSaved() {
        users.insert(BotUser.create(new TelegramId(7), T0));

        users.findByTelegramId(new TelegramId(7)).orElseThrow().ban();

        assertFalse(users.findByTelegramId(new TelegramId(7)).orElseThrow().isBanned());
    }

    @Test
    public void updatingAnUnknownUserIsNotFound() {
        assertThrows(BotUserNotFoundException.class, () -> users.update(BotUser.create(new TelegramId(9), T0)));
        assertEquals(List.of(), users.findAll());
    }

    @Test
    public void findAllIsOldestRegistrationFirstWithTiesByTelegramId() {
        BotUser late = BotUser.create(new TelegramId(1), T0.plusSeconds(10));
        BotUser earlyB = BotUser.create(new TelegramId(30), T0);
        BotUser earlyA = BotUser.create(new TelegramId(20), T0);
        BotUser earliest = BotUser.create(new TelegramId(99), T0.minusSeconds(1));
        for (BotUser user : List.of(late, earlyB, earlyA, earliest)) {
            users.insert(user);
        }

        assertEquals(List.of(99L, 20L, 30L, 1L), users.findAll().stream().map(u -> u.telegramId().value()).toList());
    }

    @Test
    public void telegramIdsAndLinkedClientNamesAreUnique() {
        users.insert(BotUser.restore(new TelegramId(1), Optional.of(new ClientName("alice")), 0, 0,
                BotUserStatus.ACTIVE, Language.EN, T0));

        assertThrows(RuntimeException.class, () -> users.insert(BotUser.create(new TelegramId(1), T0.plusSeconds(1))));
        assertThrows(RuntimeException.class, () -> users.insert(BotUser.restore(new TelegramId(2),
                Optional.of(new ClientName("alice")), 0, 0, BotUserStatus.ACTIVE, Language.EN, T0)));
        users.insert(BotUser.create(new TelegramId(3), T0));
        users.insert(BotUser.create(new TelegramId(4), T0));
        BotUser four = users.findByTelegramId(new TelegramId(4)).orElseThrow();
        four.linkClient(new ClientName("alice"));
        assertThrows(RuntimeException.class, () -> users.update(four));

        assertEquals(List.of(1L, 3L, 4L), users.findAll().stream().map(u -> u.telegramId().value()).toList());
        assertEquals(Optional.empty(), users.findByTelegramId(new TelegramId(4)).orElseThrow().clientName());
        assertEquals(T0, users.findByTelegramId(new TelegramId(1)).orElseThrow().createdAt());
    }

    @Test
    public void anInsertInsideARolledBackTransactionIsNotKept() {
        assertThrows(IllegalStateException.class, () -> ports().unitOfWork().run(() -> {
            users.insert(BotUser.create(new TelegramId(5), T0));
            throw new IllegalStateException("rolled back");
        }));

        assertEquals(Optional.empty(), users.findByTelegramId(new TelegramId(5)));
    }
}
