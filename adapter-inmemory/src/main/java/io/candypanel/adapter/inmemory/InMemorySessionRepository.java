package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Admin sessions by the hash of their token (unique); a user's sessions oldest first, ties by token hash. */
final class InMemorySessionRepository implements SessionRepositoryPort {
    private static final Comparator<Session> OLDEST_FIRST =
            Comparator.comparing(Session::createdAt).thenComparing(s -> s.tokenHash().hex());

    private final Store store;

    InMemorySessionRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void insert(Session session) {
        Objects.requireNonNull(session, "session");
        store.inTransaction(() -> {
            Map<TokenHash, Session> rows = store.write(Tables.SESSIONS);
            if (rows.containsKey(session.tokenHash())) {
                throw new InMemoryConstraintException("UNIQUE constraint failed: sessions.token_hash");
            }
            rows.put(session.tokenHash(), session);
            return null;
        });
    }

    @Override
    public Optional<Session> findByTokenHash(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return Optional.ofNullable(store.read(Tables.SESSIONS).get(tokenHash));
    }

    @Override
    public void delete(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        store.inTransaction(() -> store.write(Tables.SESSIONS).remove(tokenHash));
    }

    @Override
    public List<Session> findByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return store.read(Tables.SESSIONS).values().stream()
                .filter(s -> s.username().equals(username))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public int deleteAllExcept(String username, TokenHash keep) {
        Objects.requireNonNull(username, "username");
        return removeWhere(s -> s.username().equals(username) && !s.tokenHash().equals(keep));
    }

    /** Removes every session no longer valid at {@code now} ({@link Session#isValidAt}). */
    @Override
    public int deleteExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return removeWhere(s -> !s.isValidAt(now));
    }

    private int removeWhere(java.util.function.Predicate<Session> doomed) {
        return store.inTransaction(() -> {
            if (store.read(Tables.SESSIONS).values().stream().noneMatch(doomed)) {
                return 0;
            }
            Map<TokenHash, Session> rows = store.write(Tables.SESSIONS);
            int before = rows.size();
            rows.values().removeIf(doomed);
            return before - rows.size();
        });
    }
}
