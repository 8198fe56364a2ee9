package io.candypanel.application.port.out.auth;

import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.time.Instant;
import java.util.Optional;

/** Admin sessions, known by the hash of their token. */
public interface SessionRepositoryPort {
    void insert(Session session);

    Optional<Session> findByTokenHash(TokenHash tokenHash);

    void delete(TokenHash tokenHash);

    /** Removes sessions that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
