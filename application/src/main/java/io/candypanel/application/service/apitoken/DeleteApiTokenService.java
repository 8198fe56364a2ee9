package io.candypanel.application.service.apitoken;

import io.candypanel.application.port.in.apitoken.ApiTokenNotFoundException;
import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.domain.auth.ApiToken;
import java.util.Objects;

public final class DeleteApiTokenService implements DeleteApiTokenUseCase {
    private final ApiTokenRepositoryPort apiTokens;

    public DeleteApiTokenService(ApiTokenRepositoryPort apiTokens) {
        this.apiTokens = Objects.requireNonNull(apiTokens, "apiTokens");
    }

    @Override
    public void delete(String name) {
        if (!apiTokens.delete(ApiToken.validName(name))) {
            throw new ApiTokenNotFoundException(name);
        }
    }
}
