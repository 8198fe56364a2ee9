package io.candypanel.application.port.in.botuser;

/** Registers a Telegram user with the bot; idempotent (a second call returns the stored user unchanged). */
public interface RegisterBotUserUseCase {
    BotUserRegistration register(RegisterBotUserCommand command);
}
