package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import java.util.Objects;

/** A registered bot user picks the language of the bot's texts. */
public record SetLanguageCommand(TelegramId telegramId, Language language) {
    public SetLanguageCommand {
        Objects.requireNonNull(telegramId, "telegramId");
        Objects.requireNonNull(language, "language");
    }
}
