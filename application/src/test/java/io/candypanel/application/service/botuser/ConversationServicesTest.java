package io.candypanel.application.service.botuser;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.fakes.InMemoryConversationRepository;
import io.candypanel.application.port.in.botuser.RememberConversationCommand;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationServicesTest {
    private static final TelegramId USER = new TelegramId(42);

    private final InMemoryConversationRepository repository = new InMemoryConversationRepository();
    private final RecallConversationService recall = new RecallConversationService(repository);
    private final RememberConversationService remember = new RememberConversationService(repository);

    @Test
    void aConversationIsKeptReplacedAndEnded() {
        assertEquals(Optional.empty(), recall.recall(USER));
        Conversation buying = new Conversation(USER, "await_quantity", Map.of("purchase_type", "gb"), NOW);
        remember.remember(RememberConversationCommand.keep(buying));
        assertEquals(Optional.of(buying), recall.recall(USER));

        Conversation ordering = new Conversation(USER, "await_order_id", Map.of("purchase_type", "gb", "quantity", "10"), NOW);
        remember.remember(RememberConversationCommand.keep(ordering));
        assertEquals(Optional.of(ordering), recall.recall(USER));

        remember.remember(RememberConversationCommand.end(USER));
        assertEquals(Optional.empty(), recall.recall(USER));
        remember.remember(RememberConversationCommand.end(USER));
    }

    @Test
    void aConversationStaysSmallAndSafe() {
        assertThrows(InvalidValueException.class, () -> new Conversation(USER, "Await", Map.of(), NOW));
        assertThrows(InvalidValueException.class, () -> new Conversation(USER, "step; drop", Map.of(), NOW));
        assertThrows(InvalidValueException.class, () -> new Conversation(USER, "step", Map.of("Key", "v"), NOW));
        assertThrows(InvalidValueException.class, () -> new Conversation(USER, "step", Map.of("k", "x".repeat(1001)), NOW));
        assertThrows(IllegalArgumentException.class, () -> new RememberConversationCommand(new TelegramId(7),
                Optional.of(new Conversation(USER, "step", Map.of(), NOW))));
    }
}
