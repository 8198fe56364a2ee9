package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.RecallConversationUseCase;
import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;
import java.util.Optional;

public final class RecallConversationService implements RecallConversationUseCase {
    private final ConversationRepositoryPort conversations;

    public RecallConversationService(ConversationRepositoryPort conversations) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    @Override
    public Optional<Conversation> recall(TelegramId telegramId) {
        return conversations.find(Objects.requireNonNull(telegramId, "telegramId"));
    }
}
