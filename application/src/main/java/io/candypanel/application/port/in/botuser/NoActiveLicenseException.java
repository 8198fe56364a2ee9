package io.candypanel.application.port.in.botuser;

import io.candypanel.application.port.in.NotFoundException;
import io.candypanel.domain.botuser.TelegramId;

/** The user has bought nothing yet, or the admin deleted the client the purchases went to. */
public final class NoActiveLicenseException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public NoActiveLicenseException(TelegramId telegramId) {
        super("NO_ACTIVE_LICENSE", "User " + telegramId
                + " does not have an active license yet. Please purchase one using the 'Buy Traffic' option.");
    }
}
