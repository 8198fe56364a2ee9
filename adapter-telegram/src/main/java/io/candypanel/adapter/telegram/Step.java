package io.candypanel.adapter.telegram;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a user is in a multi-step conversation: the next text they send is read as the answer to the
 * step's question. Stored (by its lower-case name) with {@code RememberConversationUseCase} after every
 * step, so a restart of the bot or the panel continues where the user was. The original kept this in
 * process memory and lost every half-done purchase on restart.
 */
enum Step {
    /** The price list is shown; the user picks GB, months or a custom plan with a button. */
    CHOOSE_PLAN,
    /** Waiting for a number of GB or months (value {@code kind}). */
    AWAIT_QUANTITY,
    /** Waiting for "N months and/or M GB". */
    AWAIT_CUSTOM_PLAN,
    /** The price was quoted (values {@code kind}, {@code months}, {@code gb}); waiting for /bought or the paid button. */
    AWAIT_PAYMENT,
    /** The user said they paid; waiting for the bank reference as the next text (values as above). */
    AWAIT_ORDER_ID,
    /** Waiting for the text of a support message. */
    AWAIT_SUPPORT,
    /** Admin: waiting for the text of a broadcast. */
    AWAIT_BROADCAST,
    /** Admin: waiting for the GB to set for user {@code user}. */
    AWAIT_TRAFFIC,
    /** Admin: waiting for the days to set for user {@code user}. */
    AWAIT_TIME;

    String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step stored under {@code name}; empty for a name this version does not know. */
    static Optional<Step> fromStoredName(String name) {
        for (Step step : values()) {
            if (step.storedName().equals(name)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
