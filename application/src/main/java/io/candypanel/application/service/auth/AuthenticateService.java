package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Looks tokens up by their hash, so the stored value never has to be compared to the plain token. */
public final class AuthenticateService implements AuthenticateUseCase {
    static final int MAX_TOKEN_LENGTH = 512;

    private final SessionRepositoryPort sessions;
    private final ApiTokenRepositoryPort apiTokens;
    private final Clock clock;

    public AuthenticateService(SessionRepositoryPort sessions, ApiTokenRepositoryPort apiTokens, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.apiTokens = Objects.requireNonNull(apiTokens, "apiTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Principal> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        TokenHash hash = TokenHash.of(bearerToken);
        Optional<Session> session = sessions.findByTokenHash(hash);
        if (session.isPresent()) {
            return session.get().isValidAt(clock.instant())
                    ? Optional.of(new Principal(Principal.Kind.ADMIN_SESSION, session.get().username()))
                    : Optional.empty();
        }
        return apiTokens.findByTokenHash(hash).map(token -> new Principal(Principal.Kind.API_TOKEN, token.name()));
    }
}
