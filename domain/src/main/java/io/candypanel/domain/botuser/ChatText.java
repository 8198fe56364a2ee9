package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;

/**
 * Free text a person sends through the bot: a support request or the admin's broadcast. Trimmed;
 * 1-{@value #MAX_LENGTH} characters so that it fits one Telegram message (4,096) with a header.
 * Newlines are allowed (people write paragraphs); other control characters are not.
 */
public record ChatText(String value) {
    public static final int MAX_LENGTH = 3_500;

    public ChatText {
        if (value == null || value.strip().isEmpty()) {
            throw new InvalidValueException("INVALID_MESSAGE", "The message must not be empty.");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("INVALID_MESSAGE", "The message is limited to " + MAX_LENGTH + " characters.");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidValueException("INVALID_MESSAGE", "The message must not contain control characters.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
