package io.candypanel.adapter.telegram;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line {@code #id<telegram id>} at the end of every message the admin gets about a user (a support
 * request, an order). When the admin replies to such a message, Telegram sends the bot the replied-to
 * text, and the tag in it says whom the answer is for: the bot keeps no table of forwarded messages, so
 * a restart loses nothing. It is a hashtag on purpose: tapping it lists every message about that user,
 * in any language. Only the admin's replies are read this way, and only to the bot's own messages.
 */
final class SupportTag {
    private static final Pattern TAG = Pattern.compile("(?m)^#id([1-9][0-9]{0,18})\\s*$");

    private SupportTag() {
    }

    static String of(TelegramId user) {
        return "#id" + user.value();
    }

    /** The user named by the last tag line of {@code text}, if any. */
    static Optional<TelegramId> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TAG.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        if (last == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TelegramId.parse(last));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
