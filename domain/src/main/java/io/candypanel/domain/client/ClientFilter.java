package io.candypanel.domain.client;

import io.candypanel.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which clients a list shows: a state and an optional search text, judged at {@code now} (passed in,
 * so that a store never reads the clock). {@link #matches} is the reference meaning that every store
 * must agree with.
 *
 * <p>The search is a substring of the name, the note, the IPv4 or the IPv6 address. It is trimmed, and
 * compared case-insensitively for the ASCII letters only, which is what SQLite's {@code LIKE} does:
 * folding more in memory would make the stores disagree. {@code %} and {@code _} are plain characters.
 *
 * @param search the trimmed text, empty for no search; at most {@value #MAX_SEARCH_LENGTH} characters
 */
public record ClientFilter(ClientStatusFilter status, Optional<String> search, Instant now) {
    public static final int MAX_SEARCH_LENGTH = 64;

    public ClientFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(now, "now");
        search = Objects.requireNonNull(search, "search").map(String::strip).filter(s -> !s.isEmpty());
        if (search.isPresent() && search.get().length() > MAX_SEARCH_LENGTH) {
            throw new InvalidValueException("The search text is limited to " + MAX_SEARCH_LENGTH + " characters.");
        }
    }

    /** Every client. */
    public static ClientFilter all(Instant now) {
        return new ClientFilter(ClientStatusFilter.ALL, Optional.empty(), now);
    }

    public boolean matches(Client client) {
        if (!status.matches(client, now)) {
            return false;
        }
        if (search.isEmpty()) {
            return true;
        }
        String needle = foldAscii(search.get());
        return foldAscii(client.name().value()).contains(needle)
                || foldAscii(client.note()).contains(needle)
                || foldAscii(client.address().toString()).contains(needle)
                || client.ipv6Address().map(a -> foldAscii(a.toString()).contains(needle)).orElse(false);
    }

    /** Lower-cases A-Z only, like SQLite's LIKE; other letters compare as they are. */
    public static String foldAscii(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (folded == null) {
                    folded = new StringBuilder(text);
                }
                folded.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return folded == null ? text : folded.toString();
    }
}
