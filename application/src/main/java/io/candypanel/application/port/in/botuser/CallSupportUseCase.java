package io.candypanel.application.port.in.botuser;

/**
 * A registered user writes to the admin. Unknown user: {@link BotUserNotFoundException}; no admin set in
 * {@code telegram_bot_admin_id}: {@code SUPPORT_UNAVAILABLE}. Banned users may still write (to appeal).
 */
public interface CallSupportUseCase {
    SupportCall call(CallSupportCommand command);
}
