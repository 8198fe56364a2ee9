package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;

/** A Telegram user id: a positive number (Telegram ids fit in 52 bits; a long holds them all). */
public record TelegramId(long value) {

    public TelegramId {
        if (value <= 0) {
            throw new InvalidValueException("INVALID_TELEGRAM_ID", "A Telegram id must be a positive number.");
        }
    }

    /** Parses the decimal digits a bot or a form sends; anything else (sign, spaces, letters) is refused. */
    public static TelegramId parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("INVALID_TELEGRAM_ID", "A Telegram id must be a positive number.");
        }
        try {
            return new TelegramId(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("INVALID_TELEGRAM_ID", "A Telegram id must be a positive number.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
