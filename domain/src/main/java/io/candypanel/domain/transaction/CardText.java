package io.candypanel.domain.transaction;

import io.candypanel.domain.shared.InvalidValueException;

/**
 * What the buyer says they paid from (a card number or a name), shown to the admin as is. Trimmed;
 * 1-{@value #MAX_LENGTH} characters, no control characters (no newline that could forge a line in an
 * admin message).
 */
public record CardText(String value) {
    public static final int MAX_LENGTH = 200;

    public CardText {
        if (value == null || value.strip().isEmpty()) {
            throw new InvalidValueException("INVALID_CARD_TEXT", "The card the payment was sent from is required.");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("INVALID_CARD_TEXT", "The card text is limited to " + MAX_LENGTH + " characters.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("INVALID_CARD_TEXT", "The card text must not contain control characters such as newlines.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
