package io.candypanel.application.port.out.auth;

import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Admin sessions, known by the hash of their token. */
public interface SessionRepositoryPort {
    void insert(Session session);

    Optional<Session> findByTokenHash(TokenHash tokenHash);

    void delete(TokenHash tokenHash);

    /** The user's sessions, oldest first. */
    List<Session> findByUsername(String username);

    /** Ends every session of the user except the one with {@code keep} (which may be null). */
    int deleteAllExcept(String username, TokenHash keep);

    /** Removes sessions that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
