package io.candypanel.application.port.out.botuser;

import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Optional;

/** The one open conversation per user, if any. */
public interface ConversationRepositoryPort {
    Optional<Conversation> find(TelegramId telegramId);

    /** Inserts or replaces the user's conversation. */
    void save(Conversation conversation);

    /** Idempotent. */
    void delete(TelegramId telegramId);
}
