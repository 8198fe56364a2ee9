package io.candypanel.application.port.in.botuser;

/** A bot user's account: counters, status and the linked client's live usage. {@link BotUserNotFoundException} if unknown. */
public interface AccountStatusUseCase {
    AccountStatus status(AccountStatusQuery query);
}
