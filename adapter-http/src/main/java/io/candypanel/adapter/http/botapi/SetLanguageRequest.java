package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.botuser.SetLanguageCommand;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.shared.InvalidValueException;

/** {@code set_language}: {@code telegram_id} and {@code language}, {@code en} or {@code fa}. */
record SetLanguageRequest(TelegramId telegramId, String language) {
    static final String UNSUPPORTED_MESSAGE = "Unsupported language. Available: 'en', 'fa'";

    static SetLanguageRequest from(JsonFields fields) {
        return new SetLanguageRequest(BotFields.caller(fields), fields.requiredString("language"));
    }

    SetLanguageCommand toCommand() {
        try {
            return new SetLanguageCommand(telegramId, Language.fromWireName(language));
        } catch (InvalidValueException e) {
            // The original's sentence, which the bot shows as it is.
            throw new InvalidValueException(e.code(), UNSUPPORTED_MESSAGE);
        }
    }
}
