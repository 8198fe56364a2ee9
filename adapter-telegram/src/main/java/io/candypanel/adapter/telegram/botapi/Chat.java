package io.candypanel.adapter.telegram.botapi;

/**
 * The chat a message belongs to. For a private chat with a user, {@code id} equals the user's id.
 *
 * @param id        the id to send to
 * @param type      {@code private}, {@code group}, {@code supergroup} or {@code channel}
 * @param username  or null
 * @param firstName the other party's first name in a private chat, or null
 */
public record Chat(long id, String type, String username, String firstName) {
}
