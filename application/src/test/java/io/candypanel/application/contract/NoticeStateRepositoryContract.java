package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.NoticeState;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.DisabledReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code NoticeStateRepositoryPort}: states are inserted or replaced in one batch,
 * which is all or nothing (a state of an unregistered user fails the whole batch, also outside a
 * transaction); a user without a stored state has none.
 */
public abstract class NoticeStateRepositoryContract extends StorageContract {

    @Test
    public void statesAreSavedInOneBatchAndReplaced() {
        NoticeStateRepositoryPort notices = ports().noticeStates();
        List<NoticeState> states = new ArrayList<>();
        for (long id = 100; id < 160; id++) {
            ports().botUsers().insert(BotUser.create(new TelegramId(id), T0));
            states.add(new NoticeState(new TelegramId(id), id % 2 == 0, id % 3 == 0,
                    id % 5 == 0 ? Optional.of(DisabledReason.QUOTA) : Optional.empty()));
        }
        ports().botUsers().insert(BotUser.create(new TelegramId(999), T0));

        notices.saveAll(states);
        assertEquals(sorted(states), sorted(notices.findAll()));

        NoticeState changed = new NoticeState(new TelegramId(101), true, false, Optional.of(DisabledReason.BANNED));
        NoticeState cleared = new NoticeState(new TelegramId(100), false, false, Optional.empty());
        notices.saveAll(List.of(changed, cleared));
        notices.saveAll(List.of());

        List<NoticeState> stored = sorted(notices.findAll());
        assertEquals(60, stored.size(), "user 999 has no state");
        assertEquals(cleared, stored.get(0));
        assertEquals(changed, stored.get(1));
    }

    @Test
    public void aBatchWithAStateOfAnUnregisteredUserKeepsNoneOfItsStates() {
        NoticeStateRepositoryPort notices = ports().noticeStates();
        ports().botUsers().insert(BotUser.create(new TelegramId(1), T0));
        ports().botUsers().insert(BotUser.create(new TelegramId(2), T0));
        NoticeState before = new NoticeState(new TelegramId(2), false, false, Optional.empty());
        notices.saveAll(List.of(before));

        assertThrows(RuntimeException.class, () -> notices.saveAll(List.of(
                new NoticeState(new TelegramId(1), true, true, Optional.empty()),
                new NoticeState(new TelegramId(2), true, false, Optional.of(DisabledReason.EXPIRED)),
                new NoticeState(new TelegramId(404), true, false, Optional.empty()))));

        assertEquals(List.of(before), notices.findAll());
    }

    private static List<NoticeState> sorted(List<NoticeState> states) {
        return states.stream().sorted(Comparator.comparingLong(s -> s.telegramId().value())).toList();
    }
}
