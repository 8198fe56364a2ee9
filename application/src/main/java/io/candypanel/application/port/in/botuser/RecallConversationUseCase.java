package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.Conversation;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Optional;

/** The user's open conversation, if any; it survives restarts of the bot and the panel. */
public interface RecallConversationUseCase {
    Optional<Conversation> recall(TelegramId telegramId);
}
