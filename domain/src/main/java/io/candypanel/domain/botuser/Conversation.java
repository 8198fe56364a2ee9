package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a user is in a multi-step chat (e.g. buying: plan chosen, waiting for the quantity), so a
 * restart of the bot does not lose a purchase half-way. The step names and values belong to the chat
 * adapter; the core only keeps them small and safe to store.
 */
public record Conversation(TelegramId telegramId, String step, Map<String, String> values, Instant updatedAt) {
    public static final int MAX_VALUES = 16;
    public static final int MAX_VALUE_LENGTH = 1_000;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public Conversation {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!NAME.matcher(step).matches()) {
            throw new InvalidValueException("A conversation step is a lower-case name: " + step);
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidValueException("A conversation keeps at most " + MAX_VALUES + " values.");
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!NAME.matcher(entry.getKey()).matches()) {
                throw new InvalidValueException("A conversation value name is a lower-case name: " + entry.getKey());
            }
            if (entry.getValue() == null || entry.getValue().length() > MAX_VALUE_LENGTH) {
                throw new InvalidValueException("A conversation value is 0-" + MAX_VALUE_LENGTH + " characters.");
            }
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
