package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.RememberConversationCommand;
import io.candypanel.application.port.in.botuser.RememberConversationUseCase;
import io.candypanel.application.port.out.botuser.ConversationRepositoryPort;
import java.util.Objects;

/** One row written or deleted; a single statement needs no unit of work. */
public final class RememberConversationService implements RememberConversationUseCase {
    private final ConversationRepositoryPort conversations;

    public RememberConversationService(ConversationRepositoryPort conversations) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    @Override
    public void remember(RememberConversationCommand command) {
        command.conversation().ifPresentOrElse(conversations::save, () -> conversations.delete(command.telegramId()));
    }
}
