package io.candypanel.domain.botuser;

import io.candypanel.domain.shared.InvalidValueException;

/** The languages the bot speaks, with the original's wire names. */
public enum Language {
    EN("en"),
    FA("fa");

    private final String wireName;

    Language(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Exact, lower-case wire name; anything else is {@code UNSUPPORTED_LANGUAGE}. */
    public static Language fromWireName(String name) {
        for (Language language : values()) {
            if (language.wireName.equals(name)) {
                return language;
            }
        }
        throw new InvalidValueException("UNSUPPORTED_LANGUAGE", "Unsupported language. Available: 'en', 'fa'.");
    }
}
