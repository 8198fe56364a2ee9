package io.candypanel.application.service.apitoken;

import io.candypanel.application.port.in.apitoken.SaveApiTokenCommand;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import java.time.Clock;
import java.util.Objects;

public final class SaveApiTokenService implements SaveApiTokenUseCase {
    private final ApiTokenRepositoryPort apiTokens;
    private final Clock clock;

    public SaveApiTokenService(ApiTokenRepositoryPort apiTokens, Clock clock) {
        this.apiTokens = Objects.requireNonNull(apiTokens, "apiTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void save(SaveApiTokenCommand command) {
        apiTokens.save(new ApiToken(command.name(), TokenHash.of(command.token()), clock.instant()));
    }
}
