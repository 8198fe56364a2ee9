package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code ConversationRepositoryPort}: one conversation per user, values round-trip
 * exactly (any text), a save replaces, delete is idempotent, and the user must be registered.
 */
public abstract class ConversationRepositoryContract extends StorageContract {
    private static final TelegramId USER = new TelegramId(555);

    private ConversationRepositoryPort conversations;

    @BeforeEach
    public final void registerTheUser() {
        ports().botUsers().insert(BotUser.create(USER, T0));
        conversations = ports().conversations();
    }

    @Test
    public void aConversationRoundTripsIsReplacedAndDeleted() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("purchase_type", "custom");
        values.put("note", "۱۰ گیگ & 2 ماه = 100%\nline two");
        values.put("empty", "");
        Conversation buying = new Conversation(USER, "await_order_id", values, T0);

        conversations.save(buying);
        assertEquals(Optional.of(buying), conversations.find(USER));

        Conversation next = new Conversation(USER, "await_quantity", Map.of(), T0.plusSeconds(5));
        conversations.save(next);
        assertEquals(Optional.of(next), conversations.find(USER));

        conversations.delete(USER);
        assertEquals(Optional.empty(), conversations.find(USER));
        conversations.delete(USER);
        assertEquals(Optional.empty(), conversations.find(new TelegramId(556)));
    }

    @Test
    public void aConversationNeedsARegisteredUser() {
        TelegramId stranger = new TelegramId(7);

        assertThrows(RuntimeException.class, () -> conversations.save(new Conversation(stranger, "start", Map.of(), T0)));

        assertEquals(Optional.empty(), conversations.find(stranger));
    }
}
