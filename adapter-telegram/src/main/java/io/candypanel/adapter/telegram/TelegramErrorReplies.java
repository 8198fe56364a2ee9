package io.candypanel.adapter.telegram;

import io.candypanel.application.port.in.NotFoundException;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.shared.DomainException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure becomes what the user reads (the bot's {@code HttpErrorMapping}).
 *
 * <ul>
 *   <li>A {@link DomainException} whose {@code code()} has a text {@code error.<CODE>} gets that text in
 *       the user's language; any other domain failure gets a general sentence with the core's own
 *       (English, human-readable) message, never a code or JSON.</li>
 *   <li>An {@link IllegalArgumentException} from a command's constructor is an input the adapter let
 *       through; its message is a readable rule.</li>
 *   <li>Anything else is a bug or an outage: a generic apology, and the stack trace goes to the log only.</li>
 * </ul>
 * The original showed users the raw JSON body of a failed HTTP call.
 */
final class TelegramErrorReplies {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramErrorReplies.class);

    private final BotTexts texts;

    TelegramErrorReplies(BotTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    String replyFor(Language language, RuntimeException failure) {
        if (failure instanceof DomainException domain) {
            String key = "error." + domain.code();
            if (texts.has(key)) {
                return texts.get(language, key, argumentsFor(domain.code()));
            }
            return texts.get(language, domain instanceof NotFoundException ? "error.not_found" : "error.refused",
                    domain.getMessage());
        }
        if (failure instanceof IllegalArgumentException) {
            return texts.get(language, "error.invalid_input", String.valueOf(failure.getMessage()));
        }
        LOG.error("Unexpected failure while answering a Telegram user", failure);
        return texts.get(language, "error.unexpected");
    }

    private static Object[] argumentsFor(String code) {
        if (code.equals("INVALID_PURCHASE")) {
            return new Object[] {Purchase.MAX_GB, Purchase.MAX_MONTHS};
        }
        return new Object[0];
    }
}
