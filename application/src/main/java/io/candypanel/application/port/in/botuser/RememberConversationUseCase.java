package io.candypanel.application.port.in.botuser;

/** Stores where the user is in a conversation, or ends it ({@link RememberConversationCommand#end}). */
public interface RememberConversationUseCase {
    void remember(RememberConversationCommand command);
}
