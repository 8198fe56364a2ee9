package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.TokenHash;
import java.util.Objects;

public final class LogoutService implements LogoutUseCase {
    private final SessionRepositoryPort sessions;

    public LogoutService(SessionRepositoryPort sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public boolean logout(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank() || sessionToken.length() > AuthenticateService.MAX_TOKEN_LENGTH) {
            return false;
        }
        TokenHash hash = TokenHash.of(sessionToken);
        if (sessions.findByTokenHash(hash).isEmpty()) {
            return false;
        }
        sessions.delete(hash);
        return true;
    }
}
