package io.candypanel.adapter.telegram.botapi;

/**
 * A Telegram user or bot.
 *
 * @param id           the stable numeric Telegram id (fits a long, not always an int)
 * @param isBot        whether this is a bot
 * @param firstName    always present for users
 * @param lastName     or null
 * @param username     without the leading {@code @}, or null
 * @param languageCode IETF tag of the user's client language ({@code "en"}, {@code "fa"}), or null
 */
public record User(long id, boolean isBot, String firstName, String lastName, String username, String languageCode) {
}
