package io.candypanel.adapter.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command as a user types it: {@code /name}, optionally {@code @BotName} (Telegram clients add it
 * when a command is picked from the menu), then the arguments. The name is matched exactly: the
 * original compared prefixes, so {@code /startx} ran {@code /start} and {@code /approve_all} would have
 * run {@code /approve}.
 *
 * @param name      lower-case, without the slash and the bot name
 * @param arguments everything after the command and the first run of whitespace, line breaks kept
 *                  (a broadcast or a support message may have paragraphs); empty when none
 */
record CommandLine(String name, String arguments) {
    /** Telegram's rule for command names: 1-32 of Latin letters, digits and underscores. */
    private static final Pattern COMMAND = Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\\s+(.*))?",
            Pattern.DOTALL);

    CommandLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }

    /** The command in {@code text}, or empty when the text is not a well-formed command. */
    static Optional<CommandLine> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = COMMAND.matcher(TypedText.withoutDirectionMarks(text).strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String arguments = matcher.group(2) == null ? "" : matcher.group(2).strip();
        return Optional.of(new CommandLine(matcher.group(1).toLowerCase(Locale.ROOT), arguments));
    }

    /** Whether the text looks like a command at all (it starts with a slash). */
    static boolean looksLikeCommand(String text) {
        return text != null && TypedText.withoutDirectionMarks(text).strip().startsWith("/");
    }

    boolean is(String command) {
        return name.equals(command);
    }

    /** The arguments split at whitespace. */
    List<String> words() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\\s+"));
    }

    /** The first {@code count} words, and the rest of the line unsplit as the last element (a note, a value). */
    List<String> wordsThenRest(int count) {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\\s+", count + 1));
    }
}
