package io.candypanel.application.fakes;

import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryConversationRepository implements ConversationRepositoryPort {
    private final Map<TelegramId, Conversation> conversations = new HashMap<>();

    @Override
    public synchronized Optional<Conversation> find(TelegramId telegramId) {
        return Optional.ofNullable(conversations.get(telegramId));
    }

    @Override
    public synchronized void save(Conversation conversation) {
        conversations.put(conversation.telegramId(), conversation);
    }

    @Override
    public synchronized void delete(TelegramId telegramId) {
        conversations.remove(telegramId);
    }
}
