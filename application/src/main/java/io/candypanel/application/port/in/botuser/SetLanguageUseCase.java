package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.BotUser;

/** Changes a registered user's language; {@link BotUserNotFoundException} for an unknown user. */
public interface SetLanguageUseCase {
    BotUser setLanguage(SetLanguageCommand command);
}
