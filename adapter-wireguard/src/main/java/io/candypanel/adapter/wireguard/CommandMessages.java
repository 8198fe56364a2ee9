package io.candypanel.adapter.wireguard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a command and its stderr into text fit for the admin's screen: short, one line, and free of
 * key material. {@code wg} echoes a rejected key or config line back on stderr ("Key is not the
 * correct length or format: `...'"), so anything that looks like a key is masked even though our
 * own arguments never hold one.
 */
final class CommandMessages {
    static final int MAX_STDERR_LINES = 3;
    static final int MAX_LINE_LENGTH = 300;
    static final String MASK = "***";

    /** Base64 keys are 44 characters; 40+ base64 characters in a row is a key or a mangled one. Hex keys (UAPI) are 64. */
    private static final Pattern BASE64_KEY = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");
    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private CommandMessages() {
    }

    /**
     * {@code `wg set wg0 peer *** remove`}: arguments with spaces are single-quoted so the line reads
     * unambiguously. Our arguments hold public keys at most, but they are masked too, as
     * {@code WgKey.toString()} does: a log line is no place for keys of any kind.
     */
    static String display(List<String> argv) {
        List<String> shown = new ArrayList<>(argv.size());
        for (String argument : argv) {
            String clean = redact(CONTROL.matcher(argument).replaceAll("?"));
            shown.add(clean.isEmpty() || clean.contains(" ") ? "'" + clean + "'" : clean);
        }
        return "`" + String.join(" ", shown) + "`";
    }

    /**
     * The first few lines of stderr that say what went wrong, joined with " | ", or an empty string.
     * wg-quick narrates every step ({@code [#] ip link add ...}), and without the kernel module it
     * also prints the failed {@code ip link add} ("Error: Unknown device type."), a {@code [!]} note
     * and wireguard-go's boxed banner before it falls back to userspace: none of that is the error,
     * so it is skipped.
     */
    static String errorSummary(String stderr) {
        List<String> lines = new ArrayList<>();
        for (String raw : stderr.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || isNarration(line)) {
                continue;
            }
            lines.add(shorten(redact(CONTROL.matcher(line).replaceAll("?"))));
            if (lines.size() == MAX_STDERR_LINES) {
                break;
            }
        }
        return String.join(" | ", lines);
    }

    /** "15 s", or "300 ms" below whole seconds. */
    static String duration(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    static String redact(String text) {
        String masked = BASE64_KEY.matcher(text).replaceAll(MASK);
        return HEX_KEY.matcher(masked).replaceAll(MASK);
    }

    private static boolean isNarration(String line) {
        if (line.startsWith("[#]") || line.startsWith("[!]")) {
            return true;
        }
        if ("Error: Unknown device type.".equals(line)) {
            return true;
        }
        char first = line.charAt(0);
        return first >= '\u2500' && first <= '\u257F'; // box drawing: wireguard-go's banner
    }

    private static String shorten(String line) {
        return line.length() <= MAX_LINE_LENGTH ? line : line.substring(0, MAX_LINE_LENGTH) + "...";
    }
}
