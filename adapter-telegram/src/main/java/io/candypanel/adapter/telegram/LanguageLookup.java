package io.candypanel.adapter.telegram;

import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language to write to a user in, from the stored bot user (the original kept languages in process
 * memory, so after a restart everyone read English until they sent /start again). Registration is
 * idempotent and returns the stored user, so it serves as the lookup; for the people the bot writes to
 * unasked (buyers, the admin, reminded users) it only ever finds an existing user.
 */
final class LanguageLookup {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageLookup.class);

    private final RegisterBotUserUseCase users;

    LanguageLookup(RegisterBotUserUseCase users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The user's language; English when it cannot be read (a message in English beats no message). */
    Language of(TelegramId user) {
        try {
            return users.register(new RegisterBotUserCommand(user)).user().language();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the language of user {}; writing in English: {}", user, e.getMessage());
            return Language.EN;
        }
    }
}
