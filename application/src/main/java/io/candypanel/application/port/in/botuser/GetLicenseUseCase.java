package io.candypanel.application.port.in.botuser;

/**
 * A bot user's own wg-quick config. Unknown user: {@link BotUserNotFoundException}; no linked client (or
 * it was deleted): {@link NoActiveLicenseException}; banned: {@code USER_BANNED}.
 */
public interface GetLicenseUseCase {
    License license(GetLicenseQuery query);
}
