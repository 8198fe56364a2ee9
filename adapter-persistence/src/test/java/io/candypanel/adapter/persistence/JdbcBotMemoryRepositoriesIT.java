package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.NoticeState;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.DisabledReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bot remembers between messages: open conversations and reminders already sent (release 0.4.0). */
class JdbcBotMemoryRepositoriesIT {
    private static final TelegramId USER = new TelegramId(42);

    @TempDir
    Path temp;

    private Database database;
    private JdbcConversationRepository conversations;
    private JdbcNoticeStateRepository notices;

    @BeforeEach
    void start() {
        database = Fixtures.startedDatabase(temp);
        conversations = new JdbcConversationRepository(database);
        notices = new JdbcNoticeStateRepository(database);
        new JdbcBotUserRepository(database).insert(BotUser.create(USER, Fixtures.T0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aConversationRoundTripsIsReplacedAndDeleted() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("purchase_type", "custom");
        values.put("note", "۱۰ گیگ & 2 ماه = 100%\nline two");
        values.put("empty", "");
        Conversation buying = new Conversation(USER, "await_order_id", values, Fixtures.T0);

        conversations.save(buying);
        assertEquals(Optional.of(buying), conversations.find(USER));

        Conversation next = new Conversation(USER, "await_quantity", Map.of(), Fixtures.T0.plusSeconds(5));
        conversations.save(next);
        assertEquals(Optional.of(next), conversations.find(USER));
        assertEquals(1, Fixtures.queryLong(database, "SELECT COUNT(*) FROM bot_conversations"));

        conversations.delete(USER);
        assertEquals(Optional.empty(), conversations.find(USER));
        conversations.delete(USER);
    }

    @Test
    void aConversationNeedsARegisteredUser() {
        assertThrows(RuntimeException.class, () -> conversations.save(
                new Conversation(new TelegramId(7), "start", Map.of(), Fixtures.T0)));
        assertEquals(0, Fixtures.queryLong(database, "SELECT COUNT(*) FROM bot_conversations"));
    }

    @Test
    void noticeStatesAreSavedInOneBatchAndReplaced() {
        JdbcBotUserRepository users = new JdbcBotUserRepository(database);
        List<NoticeState> states = new ArrayList<>();
        for (long id = 100; id < 1_300; id++) {
            users.insert(BotUser.create(new TelegramId(id), Fixtures.T0));
            states.add(new NoticeState(new TelegramId(id), id % 2 == 0, id % 3 == 0,
                    id % 5 == 0 ? Optional.of(DisabledReason.QUOTA) : Optional.empty()));
        }
        notices.saveAll(states);
        assertEquals(sorted(states), sorted(notices.findAll()));

        NoticeState changed = new NoticeState(USER, true, false, Optional.of(DisabledReason.BANNED));
        NoticeState cleared = new NoticeState(new TelegramId(100), false, false, Optional.empty());
        notices.saveAll(List.of(changed, cleared));
        List<NoticeState> stored = notices.findAll();
        assertEquals(1_201, stored.size());
        assertTrue(stored.contains(changed));
        assertTrue(stored.contains(cleared));
        notices.saveAll(List.of());
    }

    private static List<NoticeState> sorted(List<NoticeState> states) {
        return states.stream().sorted(Comparator.comparingLong(s -> s.telegramId().value())).toList();
    }
}
