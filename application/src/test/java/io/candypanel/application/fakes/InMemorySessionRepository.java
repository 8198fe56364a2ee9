package io.candypanel.application.fakes;

import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions like rows of {@code sessions}: the token hash is unique, a user's sessions are listed
 * oldest first (by creation time; rows created at the same instant in insertion order).
 */
public final class InMemorySessionRepository implements SessionRepositoryPort {
    private final Map<TokenHash, Session> rows = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Session session) {
        if (rows.putIfAbsent(session.tokenHash(), session) != null) {
            throw new IllegalStateException("UNIQUE constraint failed: sessions.token_hash");
        }
    }

    @Override
    public synchronized Optional<Session> findByTokenHash(TokenHash tokenHash) {
        return Optional.ofNullable(rows.get(tokenHash));
    }

    @Override
    public synchronized void delete(TokenHash tokenHash) {
        rows.remove(tokenHash);
    }

    @Override
    public synchronized List<Session> findByUsername(String username) {
        return rows.values().stream()
                .filter(s -> s.username().equals(username))
                .sorted(Comparator.comparing(Session::createdAt))   // stable: ties stay in insertion order
                .toList();
    }

    @Override
    public synchronized int deleteAllExcept(String username, TokenHash keep) {
        int before = rows.size();
        rows.values().removeIf(s -> s.username().equals(username) && !s.tokenHash().equals(keep));
        return before - rows.size();
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = rows.size();
        rows.values().removeIf(s -> !s.isValidAt(now));
        return before - rows.size();
    }

    /** Test helper: every stored session. */
    public synchronized List<Session> all() {
        return List.copyOf(rows.values());
    }
}
