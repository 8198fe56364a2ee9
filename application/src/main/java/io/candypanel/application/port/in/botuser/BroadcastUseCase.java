package io.candypanel.application.port.in.botuser;

/**
 * The admin's message to every bot user who is not banned, handed to the chat channel, which paces the
 * sending. Answers at once with the recipients; delivery happens in the background.
 */
public interface BroadcastUseCase {
    Broadcast broadcast(BroadcastCommand command);
}
