package io.candypanel.application.port.in.botuser;

import io.candypanel.domain.botuser.BotUser;
import java.util.Objects;

/** The registered user and whether this call registered it ({@code false}: it already was). */
public record BotUserRegistration(BotUser user, boolean newlyRegistered) {
    public BotUserRegistration {
        Objects.requireNonNull(user, "user");
    }
}
