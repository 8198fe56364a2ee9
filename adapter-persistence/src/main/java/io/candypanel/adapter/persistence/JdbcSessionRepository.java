package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Admin sessions in {@code sessions}, found by the hash of their token. Kept in the database (not
 * in memory) so that sessions survive a restart and several panel instances can share them.
 */
public final class JdbcSessionRepository implements SessionRepositoryPort {
    private static final String INSERT = """
            INSERT INTO sessions (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)""";

    private static final String FIND = """
            SELECT token_hash, username, created_at, expires_at FROM sessions WHERE token_hash = ?""";

    /** Oldest first; the token hash breaks ties so that the order is stable. */
    private static final String FIND_BY_USERNAME = """
            SELECT token_hash, username, created_at, expires_at FROM sessions
            WHERE username = ?
            ORDER BY created_at, token_hash""";

    private static final String DELETE_ALL_OF_USER = """
            DELETE FROM sessions WHERE username = ?""";

    private static final String DELETE_ALL_OF_USER_EXCEPT = """
            DELETE FROM sessions WHERE username = ? AND token_hash <> ?""";

    private static final String DELETE = """
            DELETE FROM sessions WHERE token_hash = ?""";

    /** {@code <=}: a session is no longer valid at its expiry instant ({@link Session#isValidAt}). */
    private static final String DELETE_EXPIRED = """
            DELETE FROM sessions WHERE expires_at <= ?""";

    private final Jdbc jdbc;

    public JdbcSessionRepository(Database database) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
    }

    @Override
    public void insert(Session session) {
        Objects.requireNonNull(session, "session");
        jdbc.update(INSERT, s -> {
            s.setString(1, session.tokenHash().hex());
            s.setString(2, session.username());
            s.setLong(3, Jdbc.millis(session.createdAt()));
            s.setLong(4, Jdbc.millis(session.expiresAt()));
        });
    }

    @Override
    public Optional<Session> findByTokenHash(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return jdbc.single(FIND, s -> s.setString(1, tokenHash.hex()), JdbcSessionRepository::read);
    }

    @Override
    public List<Session> findByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return jdbc.list(FIND_BY_USERNAME, s -> s.setString(1, username), JdbcSessionRepository::read);
    }

    /** One statement: every session of {@code username} but {@code keep} (all of them when {@code keep} is null). */
    @Override
    public int deleteAllExcept(String username, TokenHash keep) {
        Objects.requireNonNull(username, "username");
        if (keep == null) {
            return jdbc.update(DELETE_ALL_OF_USER, s -> s.setString(1, username));
        }
        return jdbc.update(DELETE_ALL_OF_USER_EXCEPT, s -> {
            s.setString(1, username);
            s.setString(2, keep.hex());
        });
    }

    @Override
    public void delete(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        jdbc.update(DELETE, s -> s.setString(1, tokenHash.hex()));
    }

    /** Removes every session that is no longer valid at {@code now}. */
    @Override
    public int deleteExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return jdbc.update(DELETE_EXPIRED, s -> s.setLong(1, Jdbc.millis(now)));
    }

    private static Session read(ResultSet rows) throws SQLException {
        return new Session(
                new TokenHash(rows.getString("token_hash")),
                rows.getString("username"),
                Jdbc.instant(rows.getLong("created_at")),
                Jdbc.instant(rows.getLong("expires_at")));
    }
}
