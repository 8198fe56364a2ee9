package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;
import java.util.Optional;

/** One open conversation per bot user; the user must be stored. */
final class InMemoryConversationRepository implements ConversationRepositoryPort {
    private final Store store;

    InMemoryConversationRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<Conversation> find(TelegramId telegramId) {
        Objects.requireNonNull(telegramId, "telegramId");
        return Optional.ofNullable(store.read(Tables.BOT_CONVERSATIONS).get(telegramId.value()));
    }

    @Override
    public void save(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        store.inTransaction(() -> {
            if (!store.read(Tables.BOT_USERS).containsKey(conversation.telegramId().value())) {
                throw new InMemoryConstraintException("bot_conversations.telegram_id references no bot user");
            }
            return store.write(Tables.BOT_CONVERSATIONS).put(conversation.telegramId().value(), conversation);
        });
    }

    @Override
    public void delete(TelegramId telegramId) {
        Objects.requireNonNull(telegramId, "telegramId");
        store.inTransaction(() -> store.write(Tables.BOT_CONVERSATIONS).remove(telegramId.value()));
    }
}
