package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;
import java.util.Optional;

/** {@code conversation} empty: the user's conversation is over (nothing is kept). */
public record RememberConversationCommand(TelegramId telegramId, Optional<Conversation> conversation) {
    public RememberConversationCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(conversation, "conversation");
        if (conversation.isPresent() && !conversation.get().telegramId().equals(telegramId)) {
            throw new IllegalArgumentException("the conversation belongs to another user");
        }
    }

    public static RememberConversationCommand keep(Conversation conversation) {
        return new RememberConversationCommand(conversation.telegramId(), Optional.of(conversation));
    }

    public static RememberConversationCommand end(TelegramId telegramId) {
        return new RememberConversationCommand(telegramId, Optional.empty());
    }
}
